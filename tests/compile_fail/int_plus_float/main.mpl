# Checks: E0001 for `1 + 2.0`: both operands of + must have the same type.
fn main() do
  let x = 1 + 2.0
  println("${x}")
end
