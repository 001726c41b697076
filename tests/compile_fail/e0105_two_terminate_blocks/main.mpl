# Checks: E0105: an actor body has at most one terminate block (§3.8).
actor worker() do
  terminate do
    println("one")
  end
  println("working")
  terminate do
    println("two")
  end
end

fn main() do
  spawn(worker)
end
