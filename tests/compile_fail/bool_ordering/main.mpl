# Checks: E0006: Bool does not implement Ord, so `<` on Bools is rejected.
fn main() do
  let _ = true < false
  println("done")
end
