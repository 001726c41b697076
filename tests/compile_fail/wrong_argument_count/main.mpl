# Checks: E0003 when a function of two parameters is called with one argument.
fn add(a :: Int, b :: Int) -> Int = a + b

fn main() do
  let n = add(1)
  println("${n}")
end
