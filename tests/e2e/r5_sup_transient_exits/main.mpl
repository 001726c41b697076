# Checks the transient restart type (runtime.md §9 "restart decision by
# restart type", language.md §3.10.3): a transient child that exits
# normally is not restarted, one that crashes is.
# `t` ends normally when told (once `c` is ready); `c` watches `t` through
# a call `t` never answers, which fails once `t` is gone (a call monitors
# its target, and monitors fire after links, so the supervisor got `t`'s
# exit signal before `c` crashes) and makes `c` crash.
# The supervisor handles exits in arrival order, and child starts are
# logged by the start functions it calls, so once `c`'s restart is logged
# a restart of `t` would have been logged before it.
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

# Ends normally on "quit".
actor quitter(name :: String) do
  receive do
    "quit" -> log("${name} quits")
  end
end

# In its first run: logs "c ready", then waits until the process named
# `target` is gone and crashes (the call below fails). Later runs just
# wait.
actor watcher(target :: String, run :: Int) do
  if run == 1 do
    let pid = Process.whereis(target)
    log("c ready")
    Log.lines(pid)
  end
  receive do
    text -> println(text)
  end
end

fn start_t() -> Pid do
  started("t", next_run("t"), spawn(quitter, "t"))
end

fn start_c() -> Pid do
  let run = next_run("c")
  started("c", run, spawn(watcher, "t", run))
end

supervisor Pair do
  strategy: one_for_one

  child t do
    start: fn -> start_t() end
    restart: transient
  end

  child c do
    start: fn -> start_c() end
    restart: transient
  end
end

fn main() do
  Process.register("log", Log.start())
  let sup = spawn(Pair)
  wait_for("c ready")
  send(Process.whereis("t"), "quit")
  wait_for("start c 2")
  println(events())
  println("supervisor alive: ${Process.is_alive(sup)}")
end
