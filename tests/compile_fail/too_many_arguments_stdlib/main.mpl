# Checks: E0003 when a standard-library function is called with too many arguments.
fn main() do
  let n = String.length("a", "b")
  println("${n}")
end
