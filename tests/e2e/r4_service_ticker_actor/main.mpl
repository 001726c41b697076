# Checks: the ticker pattern of language.md §9 K6: an actor that sleeps and
# casts to a service, looping by a self tail call, drives the service;
# after its last tick the program ends.
service Flusher do
  fn init() -> Int do
    0
  end

  cast Flush() do |n|
    n + 1
  end

  call Flushes() :: Int do |n|
    (n, n)
  end
end

actor ticker(target :: Pid, every_ms :: Int, ticks :: Int) do
  if ticks > 0 do
    Timer.sleep(every_ms)
    Flusher.flush(target)
    ticker(target, every_ms, ticks - 1)
  end
end

fn wait_for_flushes(f :: Pid, n :: Int) -> Int do
  let seen = Flusher.flushes(f)
  if seen >= n do
    seen
  else
    Timer.sleep(1)
    wait_for_flushes(f, n)
  end
end

fn main() do
  let f = Flusher.start()
  spawn(ticker, f, 1, 5)
  let seen = wait_for_flushes(f, 3)
  println("at least 3 flushes: ${seen >= 3}")
  println("${wait_for_flushes(f, 5)}")
end
