# `default()` needs a type the context fixes (E0110) with a `Default` impl (E0006).
struct Point do
  x :: Int
end

fn main() do
  let p :: Point = default()
  let u = default()
  println("${p.x}")
end
