# A `terminate` block runs when the actor exits, seeing the parameters
# (§3.8); placed last, it is still registered from the start.
actor worker(name :: String) do
  receive do
    n -> println("${name} working on ${n + 0}")
  end
  terminate do
    println("${name} terminated")
  end
end

fn main() do
  let w = spawn(worker, "w1")
  send(w, 3)
end
