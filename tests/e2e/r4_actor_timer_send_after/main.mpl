# Timer.send_after delivers a message exactly as send would (stdlib §15).
actor waiter() do
  receive do
    msg -> println("got " <> msg)
  end
end

fn main() do
  let w = spawn(waiter)
  Timer.send_after(w, 20, "tick")
end
