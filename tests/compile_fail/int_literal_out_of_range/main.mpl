# Checks: E0112 for an integer literal above 9223372036854775807.
fn main() do
  let big = 9223372036854775808
  println("${big}")
end
