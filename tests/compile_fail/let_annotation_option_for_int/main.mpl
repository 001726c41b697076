# Checks: E0001 for `let n :: Int = String.to_int(...)`: an Option<Int> is not an Int.
fn main() do
  let n :: Int = String.to_int("5")
  println("${n}")
end
