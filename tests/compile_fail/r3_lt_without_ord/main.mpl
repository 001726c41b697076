# Checks: E0006 for `<` on a struct that derives only Eq (explicit list, so no Ord); reported at the comparison.
struct Point do
  x :: Int
end deriving(Eq)

fn main() do
  let a = Point { x: 1 }
  let b = Point { x: 2 }
  let less = a < b
  println("${less}")
end
