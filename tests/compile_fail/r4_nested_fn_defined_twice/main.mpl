# Checks: E0023: nested clauses of one function must be consecutive.
fn main() do
  fn size(0) = "none"
  println(size(0))
  fn size(n) = "some ${n}"
  println(size(2))
end
