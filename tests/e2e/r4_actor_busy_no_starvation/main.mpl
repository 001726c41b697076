# Busy actors (endless self tail calls) do not starve another one: the
# reduction checks make them yield (§7.7, runtime.md §4.3).
actor spinner(n :: Int) do
  spinner(n + 1)
end

actor pinger() do
  println("pinger ran")
  Process.halt(0)
end

fn main() do
  spawn(spinner, 0)
  spawn(spinner, 0)
  spawn(spinner, 0)
  spawn(spinner, 0)
  spawn(pinger)
end
