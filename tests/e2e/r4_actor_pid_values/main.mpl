# Pids as values (language.md §6.7): an untyped `Pid` in a struct field
# holds a `Pid<M>`, pids compare with `==`, travel inside messages, and
# `self()` gives the actor's own pid to answer to.
struct Registry do
  worker :: Pid
  count :: Int
end

actor echo() do
  receive do
    (from, text) -> send(from, "echo: " <> text)
  end
end

actor client(reg :: Registry) do
  send(reg.worker, (self(), "hi"))
  receive do
    reply -> println(reply)
  end
end

fn main() do
  let e = spawn(echo)
  let reg = Registry { worker: e, count: 1 }
  println("same ${reg.worker == e}")
  println("null ${Process.whereis("nobody")}")
  let first :: Pid = spawn(echo)
  println("different ${first == e}")
  spawn(client, reg)
end
