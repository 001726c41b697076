# Token ring: N actors pass an Int token around the ring for LAPS laps
# (N * LAPS hops). N and LAPS are the first two command-line arguments
# (defaults 10000 and 100). The token carries the number of hops left; the
# actor that receives 0 prints "ring done". Every other actor is then
# blocked in `receive`, so the program ends (language.md §7.11).

actor member(next :: Pid<Int>) do
  let hops = receive do
    h -> h
  end
  if hops == 0 do
    println("ring done")
  else
    send(next, hops - 1)
    member(next)
  end
end

# Spawns `count` members, each pointing at the previous one (the first at
# `next`), and returns the last one spawned.
fn chain(next :: Pid<Int>, count :: Int) -> Pid<Int> do
  if count == 0 do
    next
  else
    chain(spawn(member, next), count - 1)
  end
end

# The head builds the ring behind itself, injects the token and then acts
# as an ordinary member (its `next` is the last member spawned).
actor head(n :: Int, hops :: Int, next :: Pid<Int>) do
  if hops > 0 do
    let first = chain(self(), n - 1)
    send(first, hops)
    head(n, 0, first)
  else
    let left = receive do
      h -> h
    end
    if left == 0 do
      println("ring done")
    else
      send(next, left - 1)
      head(n, 0, next)
    end
  end
end

actor nobody() do
  receive do
    h -> h
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

fn main() do
  let n = arg_int(1, 10000)
  let laps = arg_int(2, 100)
  let placeholder = spawn(nobody)
  spawn(head, n, n * laps, placeholder)
  send(placeholder, 0)
  println("ring of ${n} started")
end
