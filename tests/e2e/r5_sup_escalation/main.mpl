# Checks escalation (runtime.md §9 "restart intensity", language.md
# §3.10.3): a supervisor that exceeds its restart intensity terminates its
# children (reverse order) and exits abnormally, and the supervisor above
# it restarts it, which starts its children again.
# Inner (max_restarts 1) has children w and s; w crashes when told. The
# first crash is restarted; the second exceeds the intensity: Inner stops
# s and exits, Outer restarts Inner, whose children start anew.
# Starts are logged by the start functions the supervisors call; main
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

# Crashes on "crash"; its terminate block logs in the first run of `s`.
# Logs "<name> ready" once the terminate block is in place.
actor member(name :: String, run :: Int) do
  terminate do
    if name == "s" and run == 1 do
      log("s terminating")
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

supervisor Inner do
  strategy: one_for_one
  max_restarts: 1
  max_seconds: 60

  child w do
    start: fn -> start("w") end
  end

  child s do
    start: fn -> start("s") end
  end
end

# Logs before spawning: Inner's children log their own starts.
fn start_inner() -> Pid do
  log("start inner ${next_run("inner")}")
  spawn(Inner)
end

supervisor Outer do
  child inner do
    start: fn -> start_inner() end
    shutdown: 1000
  end
end

fn main() do
  Process.register("log", Log.start())
  let sup = spawn(Outer)
  wait_for("s ready")
  send(Process.whereis("w"), "crash")
  wait_for("start w 2")
  send(Process.whereis("w"), "crash")
  wait_for("start s 2")
  println(events())
  println("outer supervisor alive: ${Process.is_alive(sup)}")
end
