# Checks a supervisor terminated by the supervisor above it (runtime.md §9
# "shutdown of a child" and the supervisor's reaction to a `shutdown` exit
# signal from its parent): Outer (one_for_all) has children inner (the
# supervisor Inner, with children x and y) and z. When z crashes, Outer
# terminates inner, which first terminates y then x (reverse declaration
# order, their terminate blocks log), then exits; Outer then starts inner
# (whose children start again in order) and z.
# Starts are logged by the start functions the supervisors call (Inner's
# before it is spawned); main waits on the log.
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

supervisor Inner do
  child x do
    start: fn -> start("x") end
  end

  child y do
    start: fn -> start("y") end
  end
end

# Logs before spawning: Inner's children log their own starts.
fn start_inner() -> Pid do
  log("start inner ${next_run("inner")}")
  spawn(Inner)
end

# Waits until Inner has started its children (which it does while Outer
# goes on), so that the log order is fixed.
fn start_z() -> Pid do
  wait_for("start y ${next_run("z")}")
  start("z")
end

supervisor Outer do
  strategy: one_for_all

  child inner do
    start: fn -> start_inner() end
  end

  child z do
    start: fn -> start_z() end
  end
end

fn main() do
  Process.register("log", Log.start())
  let sup = spawn(Outer)
  wait_for("x ready")
  wait_for("y ready")
  wait_for("z ready")
  send(Process.whereis("z"), "crash")
  wait_for("start z 2")
  println(events())
  println("outer supervisor alive: ${Process.is_alive(sup)}")
end
