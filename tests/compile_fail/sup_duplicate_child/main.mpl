# Checks: E0019: child names are unique within a supervisor.
actor idle() do
  receive do
    n -> println("${n + 1}")
  end
end

supervisor Plant do
  child worker do
    start: fn -> spawn(idle) end
  end

  child worker do
    start: fn -> spawn(idle) end
  end
end

fn main() do
  let sup = spawn(Plant)
  println("up")
end
