# Checks: E0004 for a call of a function that does not exist.
fn main() do
  println(compute(2))
end
