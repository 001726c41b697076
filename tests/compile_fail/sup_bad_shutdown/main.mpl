# Checks: E0021: shutdown must be positive milliseconds or brutal_kill.
actor idle() do
  receive do
    n -> println("${n + 1}")
  end
end

supervisor Plant do
  child worker do
    start: fn -> spawn(idle) end
    shutdown: gently
  end

  child other do
    start: fn -> spawn(idle) end
    shutdown: 0
  end
end

fn main() do
  let sup = spawn(Plant)
  println("up")
end
