# `receive` and `self()` inside recursive nested functions of an actor
# body: they are lexically inside the body (language.md §4.18.3, §4.18.4)
# and run in the actor's process; the actor's message type is theirs too.

# Its nested function leaves the message type open: each spawn fixes it.
actor relay() do
  fn pass(n :: Int) do
    receive do
      msg -> if n > 1 do
          println("relay last ${msg}")
        else
          println("relay ${msg}")
          pass(n + 1)
        end
    end
  end
  pass(0)
end

actor logger(prefix :: String) do
  # Reads the enclosing `prefix`; takes three messages.
  fn drain(count :: Int) -> Int do
    receive do
      msg -> if count >= 2 do
          println("${prefix} last ${msg}")
          count + 1
        else
          println("${prefix} ${msg}")
          drain(count + 1)
        end
    end
  end
  # Reads no enclosing local; sums the messages up to a 0.
  fn sum_to_zero(total :: Int) -> Int do
    receive do
      0 -> total
      k -> sum_to_zero(total + k)
    end
  end
  fn own_pid(n :: Int) do
    if n > 0 do
      own_pid(n - 1)
    else
      self()
    end
  end
  println("${prefix} drained ${drain(0)}")
  println("rest ${sum_to_zero(0)}")
  println("own pid ${own_pid(2) == self()}")
  let r = spawn(relay)
  send(r, [1.5])
  send(r, [2.5, 3.0])
  send(r, [])
end

fn main() do
  let a = spawn(logger, "ints")
  send(a, 1)
  send(a, 2)
  send(a, 3)
  send(a, 4)
  send(a, 5)
  send(a, 0)
end
