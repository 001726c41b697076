# Checks: E0001 when a `let` annotation (Int) disagrees with its initializer (a String literal).
fn main() do
  let x :: Int = "s"
  println("${x}")
end
