# Checks that copying a message or a spawn argument costs no stack however
# deep the value is (runtime.md §6 deep copy; copy.rs in the runtime): a
# chain of a million links, built and summed by self tail calls, is sent
# from one actor to another (copied out of the sender's heap, then into
# the receiver's), which passes it on as a spawn argument; each sums it.
type Chain do
  End
  Link(Int, Chain)
end

fn build(n :: Int, acc :: Chain) -> Chain do
  if n == 0 do
    acc
  else
    build(n - 1, Link(n, acc))
  end
end

fn total(c :: Chain, acc :: Int) -> Int do
  case c do
    End -> acc
    Link(v, rest) -> total(rest, acc + v)
  end
end

actor holder(c :: Chain) do
  println("argument ${total(c, 0)}")
end

actor sink() do
  receive do
    c -> do_receive(c)
  end
end

fn do_receive(c :: Chain) -> Pid<()> do
  println("received ${total(c, 0)}")
  spawn(holder, c)
end

actor maker(n :: Int, to :: Pid<Chain>) do
  let c = build(n, End)
  println("built ${total(c, 0)}")
  send(to, c)
end

fn main() do
  let s = spawn(sink)
  let _ = spawn(maker, 1000000, s)
end
