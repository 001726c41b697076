# Checks: E0006: Bool does not implement Add.
fn main() do
  let _ = true + false
  println("done")
end
