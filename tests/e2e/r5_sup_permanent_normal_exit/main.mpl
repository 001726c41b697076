# Checks the permanent restart type (runtime.md §9, language.md §3.10.3):
# a permanent child is restarted even after a normal exit, and under
# one_for_one its sibling is left alone. Child starts are logged by the
# start functions the supervisor calls; main waits on the log.
service Log do
  fn init() -> List<String> do
    []
  end

  call Add(line :: String) :: Int do |lines|
    (List.append(lines, line), List.length(lines) + 1)
  end

  call Lines() :: List<String> do |lines|
    (lines, lines)
  end
end

fn log(line :: String) -> Int do
  Log.add(Process.whereis("log"), line)
end

fn lines() -> List<String> do
  Log.lines(Process.whereis("log"))
end

# Waits (polling the log) until `line` was logged.
fn wait_for(line :: String) -> () do
  if not List.contains(lines(), line) do
    Timer.sleep(2)
    wait_for(line)
  end
end

# The number of the next run of child `name` (1 for its first), from the
# "start <name> <n>" lines logged so far.
fn next_run(name :: String) -> Int do
  let prefix = "start ${name} "
  List.length(List.filter(lines(), fn l -> String.starts_with(l, prefix) end)) + 1
end

# Registers `pid` as `name`, then logs "start <name> <run>" (so a process
# that saw the line finds the pid by name); returns `pid`.
fn started(name :: String, run :: Int, pid :: Pid) -> Pid do
  Process.register(name, pid)
  log("start ${name} ${run}")
  pid
end

# Ends normally on "quit".
actor quitter(name :: String) do
  receive do
    "quit" -> log("${name} quits")
  end
end

fn start(name :: String) -> Pid do
  started(name, next_run(name), spawn(quitter, name))
end

supervisor Pair do
  strategy: one_for_one

  child p do
    start: fn -> start("p") end
    restart: permanent
  end

  child q do
    start: fn -> start("q") end
  end
end

fn main() do
  Process.register("log", Log.start())
  let sup = spawn(Pair)
  wait_for("start q 1")
  send(Process.whereis("p"), "quit")
  wait_for("start p 2")
  send(Process.whereis("p"), "quit")
  wait_for("start p 3")
  println(String.join(lines(), "\n"))
  println("supervisor alive: ${Process.is_alive(sup)}")
end
