# Checks: E0030 for a method call when no impl for the receiver's struct type provides the method and no field has that name; reported at the method name.
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let a = p.area()
  println("${a}")
end
