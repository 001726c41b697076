# `after 0` polls the mailbox once; `self()` is the actor's own pid, and
# `receive ... after 50 -> 99 end` in an actor main has left (§7.11).
actor poll() do
  let a = receive do
    n -> "got ${n}"
  after 0 -> "empty" end
  println(a)
  send(self(), 7)
  let b = receive do
    n -> "got ${n + 0}"
  after 0 -> "empty" end
  println(b)
  let c = receive do
    n -> n
  after 50 -> 99 end
  println("${c}")
end

fn main() do
  spawn(poll)
end
