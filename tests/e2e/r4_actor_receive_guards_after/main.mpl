# Guards, arms tried in order, `after`, and a loop by self tail call. The
# actor first waits for the marker 999 (selective receive leaves the other
# messages in place), so every message is in the mailbox before the loop;
# `after` then fires once nothing is left.
actor meter(total :: Int, waiting :: Bool) do
  if waiting do
    receive do
      999 -> println("go")
    end
    meter(total, false)
  else
    let next = receive do
      n when n > 0 -> total + n
      n when n < -100 -> total - 1
      _ -> total
    after 100 -> -1 end
    if next >= 0 do
      println("total ${next}")
      meter(next, false)
    else
      println("timed out")
    end
  end
end

fn main() do
  let m = spawn(meter, 0, true)
  send(m, 5)
  send(m, 0)
  send(m, -500)
  send(m, 10)
  send(m, 999)
end
