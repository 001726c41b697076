# Checks a start function that crashes during a restart (runtime.md §9,
# after OTP): it is a failed restart, tried again, and every try counts
# toward the restart intensity.
# Child w's start crashes in its 2nd and 3rd runs and succeeds from the
# 4th on. After w is made to crash once:
# - under Patient (max_restarts 3) the tries 2, 3 and 4 are three
#   restarts in the window: allowed, w runs again and Patient carries on;
# - under Impatient (max_restarts 2) the third try would exceed the
#   intensity: Impatient exits after tries 2 and 3.
# Starts are logged by the start functions the supervisors call; main
# waits on the log and on Impatient's exit.
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

# Crashes on "crash".
actor member(run :: Int) do
  receive do
    "crash" -> println("${1 / (run - run)}")
  end
end

fn start(name :: String) -> Pid do
  let run = next_run(name)
  if run == 2 or run == 3 do
    log("start ${name} ${run} crashes")
    println("${1 / (run - run)}")
  end
  started(name, run, spawn(member, run))
end

supervisor Patient do
  max_restarts: 3
  max_seconds: 60

  child w do
    start: fn -> start("pw") end
  end
end

supervisor Impatient do
  max_restarts: 2
  max_seconds: 60

  child w do
    start: fn -> start("iw") end
  end
end

fn wait_until_dead(pid :: Pid) -> () do
  if Process.is_alive(pid) do
    Timer.sleep(2)
    wait_until_dead(pid)
  end
end

fn main() do
  Process.register("log", Log.start())
  let patient = spawn(Patient)
  wait_for("start pw 1")
  send(Process.whereis("pw"), "crash")
  wait_for("start pw 4")
  let impatient = spawn(Impatient)
  wait_for("start iw 1")
  send(Process.whereis("iw"), "crash")
  wait_until_dead(impatient)
  println(String.join(lines(), "\n"))
  println("Patient alive: ${Process.is_alive(patient)}")
  println("pw running: ${Process.is_alive(Process.whereis("pw"))}")
end
