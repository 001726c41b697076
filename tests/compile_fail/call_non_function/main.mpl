# Checks: E0005 when an Int value is called like a function.
fn main() do
  let x = 1
  let _ = x(2)
  println("done")
end
