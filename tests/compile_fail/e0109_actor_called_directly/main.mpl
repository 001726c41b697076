# Checks: E0109: an actor is started with spawn, not called (§3.8).
actor ticker(n :: Int) do
  println("tick ${n}")
end

fn main() do
  ticker(1)
end
