# Process.monitor returns a positive reference; Process.demonitor answers 0
# for a known reference and 1 once it is gone (stdlib.md §16).
actor idle() do
  receive do
    n -> n + 1
  end
end

fn main() do
  let p = spawn(idle)
  let r = Process.monitor(p)
  println("${r > 0}")
  println("${Process.demonitor(r)}")
  println("${Process.demonitor(r)}")
  send(p, 1)
end
