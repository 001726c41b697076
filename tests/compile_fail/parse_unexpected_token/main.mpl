# Checks: P0001 when an expression starts with a binary operator.
fn main() do
  let x = * 3
  println("${x}")
end
