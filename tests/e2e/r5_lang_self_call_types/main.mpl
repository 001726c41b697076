# Self-calls of an actor (language.md §3.8.1, §6.8): in tail position a
# self-call has type Never, so it fits next to branches and arms of any
# type, and it loops; anywhere else it has type () and is an ordinary
# recursive call. Every line is printed by `driver`, in a fixed order.

# Not in tail position: the call has type (), like the other branch of
# its `if`, while the body's value is an Int; the lines come back deepest
# first.
actor depth(n :: Int, to :: Pid<String>) do
  if n < 3 do
    depth(n + 1, to)
  else
    send(to, "bottom")
  end
  send(to, "depth ${n}")
  n
end

# The `receive` is the body's value (an Int): one arm self-calls, the
# other gives the total.
actor summer(total :: Int, to :: Pid<String>) do
  receive do
    0 -> do
      send(to, "sum ${total}")
      total
    end
    k -> summer(total + k, to)
  end
end

# An `if` in tail position mixing a self-call with a String.
actor namer(i :: Int, to :: Pid<String>) do
  let label = case i do
    0 -> "zero"
    1 -> "one"
    _ -> "many"
  end
  send(to, label)
  if i < 2 do
    namer(i + 1, to)
  else
    label
  end
end

# The operand of `return` is a tail position: a million iterations in
# constant stack space.
actor early(n :: Int, to :: Pid<String>) do
  if n < 1000000 do
    return early(n + 1, to)
  end
  send(to, "early ${n}")
  n
end

actor driver() do
  let me = self()
  spawn(depth, 0, me)
  for _ in 0..5 do
    receive do
      line -> println(line)
    end
  end
  let s = spawn(summer, 0, me)
  send(s, 5)
  send(s, 7)
  send(s, 0)
  receive do
    line -> println(line)
  end
  spawn(namer, 0, me)
  for _ in 0..3 do
    receive do
      line -> println(line)
    end
  end
  spawn(early, 0, me)
  receive do
    line -> println(line)
  end
end

fn main() do
  spawn(driver)
end
