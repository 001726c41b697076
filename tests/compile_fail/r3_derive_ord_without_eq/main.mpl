# Checks: E0029 for deriving Ord without Eq; reported at `Ord` in the deriving clause.
struct Point do
  x :: Int
end deriving(Ord)

fn main() do
  let p = Point { x: 1 }
  println("${p.x}")
end
