# Checks: E0028 for an unknown name in a deriving clause; reported at that name.
struct Point do
  x :: Int
end deriving(Eq, Foo)

fn main() do
  let p = Point { x: 1 }
  println("${p.x}")
end
