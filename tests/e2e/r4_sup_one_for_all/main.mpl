# Checks: a one_for_all supervisor restarts every child when one crashes
# (runtime.md §9).
# Each child's start function reports the start to the Log service,
# registered as "log" (a child terminated before it ran is still counted);
# main waits (polling the service) until the expected starts happened.
service Log do
  fn init() -> Map<String, Int> do
    Map.new()
  end

  call Started(name :: String) :: Int do |m|
    let n = Map.get(m, name) + 1
    (Map.put(m, name, n), n)
  end

  call Count(name :: String) :: Int do |m|
    (m, Map.get(m, name))
  end
end

# Crashes at once when `crash`; else waits for a message that never comes.
actor worker(crash :: Bool) do
  let zero = 0
  let crashed = if crash do 1 / zero else 0 end
  receive do
    text -> println("${text} ${crashed}")
  end
end

# Reports the start of child `name`; its first run crashes when
# `crash_first`.
fn start_worker(name :: String, crash_first :: Bool) -> Pid do
  let n = Log.started(Process.whereis("log"), name)
  spawn(worker, crash_first and n == 1)
end

fn wait_for(log, name :: String, n :: Int) -> () do
  if Log.count(log, name) < n do
    Timer.sleep(2)
    wait_for(log, name, n)
  end
end

supervisor Pair do
  strategy: one_for_all

  child a do
    start: fn -> start_worker("a", false) end
  end

  child b do
    start: fn -> start_worker("b", true) end
    shutdown: brutal_kill
  end
end

fn main() do
  let log = Log.start()
  Process.register("log", log)
  let sup = spawn(Pair)
  wait_for(log, "b", 2)
  wait_for(log, "a", 2)
  println("a ${Log.count(log, "a")} b ${Log.count(log, "b")}")
end
