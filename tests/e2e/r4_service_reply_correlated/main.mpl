# Checks: a caller waiting for a reply takes only that reply; a message
# already in its mailbox stays there for its own `receive` (defect K8).
service Echo do
  fn init() -> Int do
    0
  end

  call Twice(s :: String) :: String do |n|
    (n + 1, s <> s)
  end
end

actor probe(svc :: Pid) do
  send(self(), "early")
  let reply = Echo.twice(svc, "ab")
  println("reply ${reply}")
  receive do
    text -> println("mailbox ${text}")
  end
end

fn main() do
  let e = Echo.start()
  spawn(probe, e)
end
