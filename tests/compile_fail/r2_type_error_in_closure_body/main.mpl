# Checks: E0001 for a type mismatch inside a closure body (an annotated let whose Int initializer is not a String).
fn main() do
  let f = fn(x :: Int) do
    let label :: String = x
    label
  end
  println(f(1))
end
