# Checks a start function that crashes while the supervisor starts up
# (runtime.md §9, after OTP's supervisor: the supervisor's start fails):
# the children already started (a, x) are terminated in reverse order, the
# children after the failed one (c) are never started, and the supervisor
# exits with reason `failed to start child b: <crash reason>`, which a
# process linked to it receives.
# The linked process is a job (stdlib.md §19): it spawns the supervisor,
# links to it and then logs "linked"; a's start function waits for that
# line, so the link exists before anything can fail, and b's start waits
# until a and x run with their terminate blocks. Job.await gives the
# job's exit reason: `linked(<supervisor pid>, <supervisor's reason>)`.
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

# Logs "<name> ready" once its terminate block is in place.
actor member(name :: String) do
  terminate do
    log("${name} terminating")
  end
  log("${name} ready")
  receive do
    text -> println(text)
  end
end

fn start(name :: String) -> Pid do
  if name == "a" do
    wait_for("linked")
  end
  let run = next_run(name)
  if name == "b" do
    wait_for("a ready")
    wait_for("x ready")
    log("start b crashes")
    println("${1 / (run - run)}")
  end
  started(name, run, spawn(member, name))
end

supervisor Boot do
  child a do
    start: fn -> start("a") end
  end

  child x do
    start: fn -> start("x") end
  end

  child b do
    start: fn -> start("b") end
  end

  child c do
    start: fn -> start("c") end
  end
end

fn sleep_for_ever() -> () do
  Timer.sleep(1000)
  sleep_for_ever()
end

fn main() do
  Process.register("log", Log.start())
  let job = Job.async(fn ->
    let sup = spawn(Boot)
    link(sup)
    log("linked")
    sleep_for_ever()
  end)
  case Job.await(job) do
    Ok(_) -> println("the job returned")
    Err(reason) -> do
      println(events())
      println("linked exit: ${String.starts_with(reason, "linked(")}")
      println("names child b: ${String.contains(reason, ", failed to start child b: Mesh panic at ")}")
      println("gives the crash: ${String.ends_with(reason, ": division by zero)")}")
    end
  end
end
