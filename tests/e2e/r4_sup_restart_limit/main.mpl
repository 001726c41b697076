# Checks: restart intensity (runtime.md §9): with max_restarts 2, a child
# that always crashes is started three times, then the supervisor gives up
# and exits; the process that spawned it is not linked and keeps running.
service Log do
  fn init() -> Int do
    0
  end

  call Started() :: Int do |n|
    (n + 1, n + 1)
  end

  call Count() :: Int do |n|
    (n, n)
  end
end

actor crasher(zero :: Int) do
  Log.started(Process.whereis("log"))
  println("${10 / zero}")
end

supervisor Fragile do
  strategy: one_for_one
  max_restarts: 2
  max_seconds: 60

  child c do
    start: fn -> spawn(crasher, 0) end
  end
end

fn wait_until_dead(pid :: Pid) -> () do
  if Process.is_alive(pid) do
    Timer.sleep(2)
    wait_until_dead(pid)
  end
end

fn main() do
  let log = Log.start()
  Process.register("log", log)
  let sup = spawn(Fragile)
  wait_until_dead(sup)
  println("supervisor exited after ${Log.count(log)} starts")
end
