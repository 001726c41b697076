# Checks the restart intensity window (runtime.md §9 "restart
# intensity"): with max_restarts 2 and max_seconds 1, two restarts are
# allowed; once they are more than a second old they are forgotten and two
# more are allowed; the next one within the window is refused: the
# supervisor exits with `restart limit exceeded: 2 restarts in 1 seconds`,
# which a process linked to it receives.
# (r4_sup_restart_limit covers a child that always crashes; this test
# covers the window sliding.) The linked process is a job that spawns the
# supervisor and links to it; Job.await gives the job's exit reason,
# `linked(<supervisor pid>, <supervisor's reason>)`. Main sleeps once, to
# let the window pass; everything else waits on the log.
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

actor member(run :: Int) do
  receive do
    "crash" -> println("${1 / (run - run)}")
  end
end

# The first start waits until the job has linked to the supervisor.
fn start_w() -> Pid do
  wait_for("linked")
  let run = next_run("w")
  started("w", run, spawn(member, run))
end

supervisor Windowed do
  max_restarts: 2
  max_seconds: 1

  child w do
    start: fn -> start_w() end
  end
end

fn sleep_for_ever() -> () do
  Timer.sleep(1000)
  sleep_for_ever()
end

fn crash_w(next_start :: String) -> () do
  send(Process.whereis("w"), "crash")
  wait_for(next_start)
end

fn main() do
  Process.register("log", Log.start())
  let job = Job.async(fn ->
    let sup = spawn(Windowed)
    link(sup)
    log("linked")
    sleep_for_ever()
  end)
  wait_for("start w 1")
  crash_w("start w 2")
  crash_w("start w 3")
  Timer.sleep(1100)
  crash_w("start w 4")
  crash_w("start w 5")
  send(Process.whereis("w"), "crash")
  case Job.await(job) do
    Ok(_) -> println("the job returned")
    Err(reason) -> do
      println(String.join(lines(), "\n"))
      println(String.replace(List.get(String.split(reason, ", "), 1), ")", ""))
    end
  end
end
