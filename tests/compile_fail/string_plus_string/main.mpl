# Checks: E0006: String does not implement Add (strings are joined with <>).
fn main() do
  let _ = "a" + "b"
  println("done")
end
