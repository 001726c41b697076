# Checks: E0109: a supervisor is started with spawn(Sup), never called.
actor idle() do
  receive do
    n -> println("${n + 1}")
  end
end

supervisor Plant do
  child worker do
    start: fn -> spawn(idle) end
  end
end

fn main() do
  let sup = Plant()
  println("up")
end
