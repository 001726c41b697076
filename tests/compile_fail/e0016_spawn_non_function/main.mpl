# Checks: E0016: only actors (functions) can be spawned.
fn main() do
  let p = spawn(42)
  println("${p}")
end
