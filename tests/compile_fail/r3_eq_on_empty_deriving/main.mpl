# Checks: E0006 for `==` on a struct declared with an empty `deriving()` (no implicit Eq); reported at the comparison.
struct Point do
  x :: Int
end deriving()

fn main() do
  let a = Point { x: 1 }
  let b = Point { x: 1 }
  let same = a == b
  println("${same}")
end
