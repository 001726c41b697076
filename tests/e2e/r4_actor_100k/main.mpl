# 100,000 actors spawned, each sent one message, all heard from (§7.7).
actor worker(collector) do
  receive do
    n -> send(collector, n)
  end
end

actor collector(count :: Int, total :: Int) do
  if count == 100000 do
    println("all ${count} heard from, total ${total}")
  else
    receive do
      n -> collector(count + 1, total + n)
    end
  end
end

fn spawn_workers(i :: Int, c) do
  if i <= 100000 do
    let w = spawn(worker, c)
    send(w, i)
    spawn_workers(i + 1, c)
  end
end

fn main() do
  let c = spawn(collector, 0, 0)
  spawn_workers(1, c)
end
