# Checks: E0001: an Int literal is never converted to Float implicitly.
fn main() do
  let f :: Float = 1
  println("${f}")
end
