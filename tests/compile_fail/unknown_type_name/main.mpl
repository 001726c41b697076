# Checks: E0101 for an unknown type name in an annotation.
fn main() do
  let x :: Strng = "a"
  println("hi")
end
