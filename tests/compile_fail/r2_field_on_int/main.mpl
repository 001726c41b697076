# Checks: E0009 for a field access on a value of a non-struct type (Int), reported at the field name.
fn main() do
  let n = 5
  let v = n.size
  println("${v}")
end
