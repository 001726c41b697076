# Spawn N actors that each tell their spawner they are running and then block in
# `receive`; once all N have reported, print the resident set size (every
# actor is then parked in its receive), then send each one message; every
# actor exits on it. N is the first command-line argument (default
# 1000000). The program ends when the last actor has exited.

actor waiter(parent :: Pid<Int>) do
  send(parent, 0)
  receive do
    n -> n + 1
  end
end

fn arg_int(index :: Int, default_val :: Int) -> Int do
  let args = Env.args()
  if List.length(args) > index do
    case String.to_int(List.get(args, index)) do
      Some(n) -> n
      None -> default_val
    end
  else
    default_val
  end
end

# VmRSS of this process in KiB, from /proc/self/status (0 if unreadable).
fn rss_kib() -> Int do
  case File.read("/proc/self/status") do
    Ok(text) -> List.reduce(String.split(text, "\n"), 0, fn acc, line -> rss_line(acc, line) end)
    Err(_) -> 0
  end
end

fn rss_line(acc :: Int, line :: String) -> Int do
  if String.starts_with(line, "VmRSS:") do
    let digits = String.trim(String.replace(String.replace(line, "VmRSS:", ""), "kB", ""))
    case String.to_int(digits) do
      Some(n) -> n
      None -> acc
    end
  else
    acc
  end
end

# Spawns the N waiters (main cannot receive, so this actor collects the
# ready messages), prints the RSS once all are parked, then sends each one
# message.
actor boss(n :: Int) do
  let me = self()
  let pids = for _i in 0..n do
    spawn(waiter, me)
  end
  let _ = for _i in 0..n do
    receive do
      r -> r
    end
  end
  println("spawned ${List.length(pids)} rss_kib=${rss_kib()}")
  for p in pids do
    send(p, 1)
  end
  println("sent")
end

fn main() do
  let _ = spawn(boss, arg_int(1, 1000000))
end
