# Checks: E0014: an actor whose receive leaves the message type open gets
# it from what is sent to each pid; a second message of another type to
# the same pid is a mismatch.
actor show() do
  receive do
    msg -> println("${msg}")
  end
  show()
end

fn main() do
  let p = spawn(show)
  send(p, 42)
  send(p, "forty-two")
  let q = spawn(show)
  send(q, "fine")
end
