# Checks: E0009 when a struct literal omits a field (reported at the literal).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1 }
  println("${p.x}")
end
