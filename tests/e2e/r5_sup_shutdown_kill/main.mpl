# Checks how a supervisor terminates children (runtime.md §9 "shutdown of
# a child", language.md §3.10.3) during a one_for_all restart:
# - the others are terminated in reverse declaration order (d crashed;
#   then c, b, a), each `terminate` block logging as it runs;
# - `b` (`shutdown: 50`) gets the shutdown signal, its terminate block
#   then waits for a message that never comes: it is killed after the
#   timeout and the supervisor carries on;
# - `a` (`shutdown: brutal_kill`) is killed at once; its terminate block
#   also waits for ever, and that does not hold the supervisor up either;
# - then all four start again in declaration order.
# Starts are logged by the start functions the supervisor calls and
# terminations by the children before they exit, so the log order is the
# supervisor's order.
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

# Crashes on "crash". In its first run, its terminate block logs, then
# waits for ever when `blocks`.
# Logs "<name> ready" once its terminate block is in place.
actor member(name :: String, run :: Int, blocks :: Bool) do
  terminate do
    if run == 1 do
      log("${name} terminating")
      if blocks do
        receive do
          "never" -> log("${name} never")
        end
      end
    end
  end
  log("${name} ready")
  receive do
    "crash" -> println("${name} ${1 / (run - run)}")
  end
end

fn start(name :: String, blocks :: Bool) -> Pid do
  let run = next_run(name)
  started(name, run, spawn(member, name, run, blocks))
end

supervisor Four do
  strategy: one_for_all

  child a do
    start: fn -> start("a", true) end
    shutdown: brutal_kill
  end

  child b do
    start: fn -> start("b", true) end
    shutdown: 50
  end

  child c do
    start: fn -> start("c", false) end
  end

  child d do
    start: fn -> start("d", false) end
    shutdown: 1000
  end
end

fn main() do
  Process.register("log", Log.start())
  let sup = spawn(Four)
  wait_for("a ready")
  wait_for("b ready")
  wait_for("c ready")
  wait_for("d ready")
  send(Process.whereis("d"), "crash")
  wait_for("start d 2")
  println(events())
  println("supervisor alive: ${Process.is_alive(sup)}")
end
