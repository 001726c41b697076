# Checks: E0001 when the branches of an if/else have different types (Int vs String).
fn main() do
  let flag = true
  let v = if flag do 1 else "one" end
  println("${v}")
end
