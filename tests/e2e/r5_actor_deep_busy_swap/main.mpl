# Checks that busy actors preempted deep inside non-tail recursion, while
# allocating enough to be collected, resume with their frames and live
# objects intact (runtime.md §4.3 preemption, §6 per-process collection;
# processes share their worker's stack region and keep their used bytes
# aside while another runs there). Eight actors each walk down 2,000
# levels building a string at every level, then unwind joining them, 20
# times over; each checks every result and reports how many were right.
fn down(n :: Int) -> String do
  if n == 0 do
    ""
  else
    let here = "${n},"
    let below = down(n - 1)
    below <> here
  end
end

fn expected(n :: Int) -> Int do
  # The length of "1,2,...,n," (every number and its comma).
  let lengths = for i in 1..(n + 1) do
    String.length("${i},")
  end
  List.reduce(lengths, 0, fn a, b -> a + b end)
end

actor worker(boss :: Pid<Int>, rounds :: Int, good :: Int, want :: Int) do
  if rounds == 0 do
    send(boss, good)
  else
    let s = down(2000)
    let ok = if String.length(s) == want and String.starts_with(s, "1,2,3,") and String.ends_with(s, ",1999,2000,") do 1 else 0 end
    worker(boss, rounds - 1, good + ok, want)
  end
end

actor boss(n :: Int) do
  let me = self()
  let want = expected(2000)
  let _ = for _i in 0..n do
    spawn(worker, me, 20, 0, want)
  end
  let results = for _i in 0..n do
    receive do
      r -> r
    end
  end
  println("results: ${results}")
end

fn main() do
  let _ = spawn(boss, 8)
end
