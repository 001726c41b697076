# Checks: E0001: an ordinary function cannot be spawned (§4.18.1).
fn work(n :: Int) -> Int do
  n + 1
end

fn main() do
  let p = spawn(work, 1)
  println("${p}")
end
