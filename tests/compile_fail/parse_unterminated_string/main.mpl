# Checks: P0001 "unterminated string" for a string literal that runs to the end of the file.
fn main() do
  println("hello)
end
