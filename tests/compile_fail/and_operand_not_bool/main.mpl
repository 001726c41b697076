# Checks: E0001: the operands of `and` must be Bools.
fn main() do
  let b = 1 and true
  println("${b}")
end
