# Checks: a plain `send` and a `Timer.send_after` message to a service are
# discarded without running a handler or crashing it (language.md §3.9.4,
# defect K6); the service keeps answering.
service Counter do
  fn init() -> Int do
    0
  end

  call Add(n :: Int) :: Int do |total|
    (total + n, total + n)
  end

  cast Reset() do |_total|
    0
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.add(c, 5)}")
  let raw :: Pid = c
  send(raw, 99)
  send(raw, "text")
  Timer.send_after(raw, 0, 7)
  println("${Counter.add(c, 1)}")
  Timer.sleep(20)
  println("${Counter.add(c, 1)}")
  Counter.reset(c)
  println("${Counter.add(c, 2)}")
end
