# link (§4.18.5): when a linked process crashes, the other one is
# terminated too, and its `terminate` block runs (§3.8).
actor victim() do
  terminate do
    println("victim terminated")
  end
  receive do
    n -> println("victim got ${n + 0}")
  end
end

actor crasher(v) do
  link(v)
  receive do
    n -> println("${10 / n}")
  end
end

fn main() do
  let v = spawn(victim)
  let c = spawn(crasher, v)
  send(c, 0)
end
