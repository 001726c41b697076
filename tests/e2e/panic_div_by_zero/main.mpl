# Checks: Int division by zero panics (exit 101, "division by zero" with file:line on stderr); earlier output is kept.
fn divide(a :: Int, b :: Int) -> Int do
  a / b
end

fn main() do
  println("before")
  let zero = 0
  println("${divide(10, 2)}")
  println("${divide(10, zero)}")
  println("after")
end
