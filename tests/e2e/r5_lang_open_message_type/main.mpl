# An actor whose `receive` arms only bind or ignore the message leaves its
# message type open (language.md §3.8.1: M comes from the patterns, and
# these do not fix it): each spawn gets its own message type, fixed by what
# is sent to that pid. Every line is printed by `driver`, in a fixed order.
actor show(prefix :: String, to :: Pid<String>) do
  receive do
    msg -> send(to, "${prefix} ${msg}")
  end
end

actor ignore(to :: Pid<String>) do
  receive do
    _ -> send(to, "ignored one")
  end
end

# Passes any message on unchanged: its message type is (Pid<T>, T).
actor bounce() do
  receive do
    (target, msg) -> send(target, msg)
  end
  bounce()
end

actor driver() do
  let me = self()
  let ints = spawn(show, "int", me)
  send(ints, 42)
  receive do
    line -> println(line)
  end
  let lists = spawn(show, "list", me)
  send(lists, [1, 2, 3])
  receive do
    line -> println(line)
  end
  let pairs = spawn(ignore, me)
  send(pairs, (1, "one"))
  receive do
    line -> println(line)
  end
  let b = spawn(bounce)
  send(b, (me, "bounced"))
  receive do
    line -> println(line)
  end
  # Nothing is ever sent to this one: it waits for good.
  spawn(show, "never", me)
end

fn main() do
  spawn(driver)
end
