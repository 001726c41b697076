# Process.register / whereis / is_alive (stdlib §16); an untyped Pid
# accepts the message and reaches the actor.
actor named() do
  receive do
    n -> println("named got ${n + 0}")
  end
end

fn main() do
  let p = spawn(named)
  println("register ${Process.register("svc", p)}")
  println("again ${Process.register("svc", p)}")
  println("empty name ${Process.register("", p)}")
  println("missing ${Process.whereis("nope")}")
  println("same ${Process.whereis("svc") == p}")
  println("alive ${Process.is_alive(p)}")
  println("null alive ${Process.is_alive(Process.whereis("nope"))}")
  let found :: Pid = Process.whereis("svc")
  send(found, 5)
end
