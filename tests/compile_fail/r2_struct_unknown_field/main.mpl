# Checks: E0009 when a struct literal names a field the struct does not declare (reported at the field name).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2, z: 3 }
  println("${p.x}")
end
