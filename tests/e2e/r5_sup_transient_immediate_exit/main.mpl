# Checks that a transient child ending normally at once, possibly before
# its supervisor has seen its pid, is not restarted (runtime.md §9
# "transient — restart only if the reason is not normal/shutdown"): the
# supervisor must learn the real reason `normal`, not `noproc`.
# `t`'s actor body returns at once. Main waits until `t` is gone
# (`Process.is_alive` turns false only after its links were signalled, so
# the supervisor already has `t`'s exit signal), then makes `w` crash and
# waits for `w`'s restart; the supervisor handles exits in arrival order,
# so a restart of `t` would have been logged before it.
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

fn wait_for(line :: String) -> () do
  if not List.contains(lines(), line) do
    Timer.sleep(2)
    wait_for(line)
  end
end

fn wait_gone(pid :: Pid) -> () do
  if Process.is_alive(pid) do
    Timer.sleep(2)
    wait_gone(pid)
  end
end

fn count(prefix :: String) -> Int do
  List.length(List.filter(lines(), fn l -> String.starts_with(l, prefix) end))
end

actor quick() do
  0
end

actor worker(run :: Int) do
  receive do
    "crash" -> println("crash ${1 / (run - run)}")
  end
end

fn start_t() -> Pid do
  let pid = spawn(quick)
  Process.register("t", pid)
  log("start t ${count("start t ") + 1}")
  pid
end

fn start_w() -> Pid do
  let run = count("start w ") + 1
  let pid = spawn(worker, run)
  Process.register("w${run}", pid)
  log("start w ${run}")
  pid
end

supervisor Pair do
  strategy: one_for_one

  child t do
    start: fn -> start_t() end
    restart: transient
  end

  child w do
    start: fn -> start_w() end
  end
end

fn main() do
  Process.register("log", Log.start())
  let sup = spawn(Pair)
  wait_for("start w 1")
  wait_gone(Process.whereis("t"))
  send(Process.whereis("w1"), "crash")
  wait_for("start w 2")
  println(String.join(lines(), "\n"))
  println("supervisor alive: ${Process.is_alive(sup)}")
end
