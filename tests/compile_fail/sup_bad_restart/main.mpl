# Checks: E0020: restart must be permanent, transient or temporary.
actor idle() do
  receive do
    n -> println("${n + 1}")
  end
end

supervisor Plant do
  child worker do
    start: fn -> spawn(idle) end
    restart: sometimes
  end
end

fn main() do
  let sup = spawn(Plant)
  println("up")
end
