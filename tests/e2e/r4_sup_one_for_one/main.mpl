# Checks: a one_for_one supervisor (language.md §3.10, runtime.md §9)
# starts its children in order and restarts only the child that crashed.
# Each child reports its start to the Log service, registered as "log";
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

# Reports its start; crashes on its first start when `crash_first`; then
# waits for a message that never comes.
actor worker(name :: String, crash_first :: Bool) do
  let n = Log.started(Process.whereis("log"), name)
  let zero = 0
  let crash = if crash_first and n == 1 do 1 / zero else 0 end
  receive do
    text -> println("${text} ${crash}")
  end
end

fn wait_for(log, name :: String, n :: Int) -> () do
  if Log.count(log, name) < n do
    Timer.sleep(2)
    wait_for(log, name, n)
  end
end

supervisor Pair do
  strategy: one_for_one
  max_restarts: 5
  max_seconds: 10

  child a do
    start: fn -> spawn(worker, "a", true) end
    restart: permanent
    shutdown: 1000
  end

  child b do
    start: fn -> spawn(worker, "b", false) end
  end
end

fn main() do
  let log = Log.start()
  Process.register("log", log)
  let sup = spawn(Pair)
  wait_for(log, "a", 2)
  wait_for(log, "b", 1)
  println("a ${Log.count(log, "a")} b ${Log.count(log, "b")}")
  println("supervisor alive: ${Process.is_alive(sup)}")
end
