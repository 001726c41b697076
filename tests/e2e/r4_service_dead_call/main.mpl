# Checks: a call to a pid that is not a live service panics the caller
# with `service call failed: <Svc>.<fn>: noproc` (runtime.md §10); a cast
# to it is dropped silently.
service Counter do
  fn init() -> Int do
    0
  end

  call Get() :: Int do |n|
    (n, n)
  end

  cast Bump() do |n|
    n + 1
  end
end

fn main() do
  let nobody = Process.whereis("nobody")
  Counter.bump(nobody)
  println("cast dropped")
  println("${Counter.get(nobody)}")
  println("not reached")
end
