# Checks: E0001: an `if` without `else` has type () and cannot initialize an Int binding.
fn main() do
  let c = true
  let v :: Int = if c do 1 end
  println("${v}")
end
