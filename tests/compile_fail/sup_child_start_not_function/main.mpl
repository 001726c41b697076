# Checks: E0018: a child's `start:` that is not a function at all.
actor idle() do
  receive do
    n -> println("${n + 1}")
  end
end

supervisor Plant do
  child first do
    start: fn -> spawn(idle) end
  end

  child second do
    start: "spawn(idle)"
  end
end

fn main() do
  let sup = spawn(Plant)
  println("up")
end
