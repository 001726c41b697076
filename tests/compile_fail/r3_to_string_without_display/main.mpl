# Checks: E0030 for `v.to_string()` on a struct that does not derive or implement Display (it only has the implicit Debug); reported at the method name.
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let s = p.to_string()
  println(s)
end
