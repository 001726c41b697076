# A crashing actor beside a healthy one (§7.10): the crash is reported on
# stderr, the other actor carries on, the program exits 0.
actor crasher() do
  receive do
    n -> println("${10 / n}")
  end
end

actor healthy() do
  receive do
    n -> println("healthy got ${n + 0}")
  end
end

fn main() do
  let c = spawn(crasher)
  let h = spawn(healthy)
  send(c, 0)
  send(h, 1)
end
