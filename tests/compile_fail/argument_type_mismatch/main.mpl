# Checks: E0001 when an argument's type differs from the parameter's (String passed for Int).
fn double(x :: Int) -> Int = x * 2

fn main() do
  let r = double("two")
  println("${r}")
end
