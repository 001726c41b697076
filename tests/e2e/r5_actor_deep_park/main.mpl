# Checks that actors parked deep in non-tail recursion get their frames
# back intact while many others run on the same workers (runtime.md §4.3;
# processes share their worker's stack region and keep their used bytes
# aside while suspended). Each of 40 actors recurses `depth` levels
# (100, 150, ..., 2050), parks in `receive` at the bottom, and on its
# message `k` unwinds adding every level: it reports k + depth*(depth+1)/2.
# The boss sends the messages only after all 40 are parked (each reports
# when it reaches the bottom), so every resume restores a deep stack.
actor deep(boss :: Pid<Int>, depth :: Int) do
  fn down(n :: Int) -> Int do
    if n == 0 do
      send(boss, -1)
      receive do
        k -> k
      end
    else
      let below = down(n - 1)
      below + n
    end
  end
  send(boss, down(depth))
end

actor boss(n :: Int) do
  let me = self()
  let pids = for i in 0..n do
    spawn(deep, me, 100 + 50 * i)
  end
  let parked = for _i in 0..n do
    receive do
      r -> r
    end
  end
  println("parked: ${List.length(parked)}, all -1: ${List.all(parked, fn r -> r == -1 end)}")
  let _ = for i in 0..n do
    send(List.get(pids, i), i)
  end
  let results = for _i in 0..n do
    receive do
      r -> r
    end
  end
  println("sum: ${List.reduce(results, 0, fn a, b -> a + b end)}")
end

fn main() do
  let _ = spawn(boss, 40)
end
