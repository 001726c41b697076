# Checks: E0018: a child's `start:` must be a function of no arguments
# returning a Pid (language.md §3.10.2); checked by type.
supervisor Plant do
  child feeder do
    start: fn -> 42 end
  end
end

fn main() do
  let sup = spawn(Plant)
  println("up")
end
