# Checks: E0009 when a field access names a field the struct does not have (reported at the field name).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let v = p.z
  println("${v}")
end
