# Checks a start function that returns the null pid (runtime.md §9, OTP's
# `ignore`): the child is kept as not running, the children after it start
# normally, and it is not restarted when a sibling's exit is handled
# (one_for_one). Starts are logged by the start functions the supervisor
# calls; main waits on the log.
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

actor member(name :: String, run :: Int) do
  receive do
    "crash" -> println("${name} ${1 / (run - run)}")
  end
end

fn start(name :: String) -> Pid do
  let run = next_run(name)
  started(name, run, spawn(member, name, run))
end

# Starts nothing: `Process.whereis` of a free name is the null pid.
fn start_nothing() -> Pid do
  started("g", next_run("g"), Process.whereis("nobody"))
end

supervisor Three do
  strategy: one_for_one

  child a do
    start: fn -> start("a") end
  end

  child g do
    start: fn -> start_nothing() end
  end

  child c do
    start: fn -> start("c") end
  end
end

fn main() do
  Process.register("log", Log.start())
  let sup = spawn(Three)
  wait_for("start c 1")
  send(Process.whereis("c"), "crash")
  wait_for("start c 2")
  send(Process.whereis("a"), "crash")
  wait_for("start a 2")
  println(String.join(lines(), "\n"))
  println("supervisor alive: ${Process.is_alive(sup)}")
end
