# Checks: E0003 when a two-parameter closure is called with one argument.
fn main() do
  let add = fn a, b -> a + b end
  let n = add(1)
  println("${n}")
end
