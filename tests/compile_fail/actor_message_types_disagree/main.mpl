# Checks: E0001: every receive of one actor reads the same message type.
actor mixed() do
  receive do
    n -> println("${n + 1}")
  end
  receive do
    "stop" -> println("stopped")
  end
end

fn main() do
  spawn(mixed)
end
