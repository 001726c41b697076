# Checks the order of a rest_for_one restart (runtime.md §9 "strategies"):
# when b crashes, the children declared after it are terminated in reverse
# order (d, then c), then b and those children start again in declaration
# order; a, declared before b, is left alone, and the temporary c is
# removed, not restarted.
# Starts are logged by the start functions the supervisor calls and
# terminations by the terminate blocks before the children exit; main
# waits on the log.
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

# The log without the "<name> ready" lines, whose place in it depends on
# scheduling.
fn events() -> String do
  String.join(List.filter(lines(), fn l -> not String.ends_with(l, " ready") end), "\n")
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

# Crashes on "crash"; its terminate block logs in its first run. Logs
# "<name> ready" once the terminate block is in place.
actor member(name :: String, run :: Int) do
  terminate do
    if run == 1 do
      log("${name} terminating")
    end
  end
  log("${name} ready")
  receive do
    "crash" -> println("${name} ${1 / (run - run)}")
  end
end

fn start(name :: String) -> Pid do
  let run = next_run(name)
  started(name, run, spawn(member, name, run))
end

supervisor Chain do
  strategy: rest_for_one

  child a do
    start: fn -> start("a") end
  end

  child b do
    start: fn -> start("b") end
  end

  child c do
    start: fn -> start("c") end
    restart: temporary
  end

  child d do
    start: fn -> start("d") end
  end
end

fn main() do
  Process.register("log", Log.start())
  let sup = spawn(Chain)
  wait_for("a ready")
  wait_for("b ready")
  wait_for("c ready")
  wait_for("d ready")
  send(Process.whereis("b"), "crash")
  wait_for("start d 2")
  println(events())
  println("supervisor alive: ${Process.is_alive(sup)}")
end
