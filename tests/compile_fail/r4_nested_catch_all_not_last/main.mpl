# Checks: E0022: consecutive nested clauses form one function, whose
# catch-all clause must come last.
fn main() do
  let zero = "zero"
  fn name(n) = "number ${n}"
  fn name(0) = zero
  println(name(0))
end
