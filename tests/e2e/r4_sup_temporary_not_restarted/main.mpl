# Checks: a temporary child is never restarted, a permanent one is
# (runtime.md §9): `t` crashes first; later `p` is made to crash and comes
# back, while `t` has still started only once.
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

# Registers itself under `name`, reports its start, crashes on its first
# start when `crash_at_once`, else crashes on the message "crash".
actor member(name :: String, crash_at_once :: Bool) do
  Process.register(name, self())
  let n = Log.started(Process.whereis("log"), name)
  let zero = 0
  if crash_at_once and n == 1 do
    println("${1 / zero}")
  end
  receive do
    "crash" -> println("${1 / zero}")
    other -> println(other)
  end
end

supervisor Mixed do
  strategy: one_for_one

  child t do
    start: fn -> spawn(member, "t", true) end
    restart: temporary
  end

  child p do
    start: fn -> spawn(member, "p", false) end
    restart: permanent
  end
end

fn wait_for(log :: Pid, name :: String, n :: Int) -> () do
  if Log.count(log, name) < n do
    Timer.sleep(2)
    wait_for(log, name, n)
  end
end

fn wait_until_gone(name :: String) -> () do
  if Process.is_alive(Process.whereis(name)) do
    Timer.sleep(2)
    wait_until_gone(name)
  end
end

fn main() do
  let log = Log.start()
  Process.register("log", log)
  let sup = spawn(Mixed)
  wait_for(log, "t", 1)
  wait_until_gone("t")
  wait_for(log, "p", 1)
  send(Process.whereis("p"), "crash")
  wait_for(log, "p", 2)
  println("t ${Log.count(log, "t")} p ${Log.count(log, "p")}")
end
