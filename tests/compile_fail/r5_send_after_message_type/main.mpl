# Checks: E0014: Timer.send_after checks its message against the pid's
# message type exactly as send does (stdlib.md §15), also when piped.
actor waiter() do
  receive do
    msg -> println("got " <> msg)
  end
end

fn main() do
  let w = spawn(waiter)
  Timer.send_after(w, 20, 5)
  w |> Timer.send_after(10, 1.5)
  Timer.send_after(w, 0, "fine")
end
