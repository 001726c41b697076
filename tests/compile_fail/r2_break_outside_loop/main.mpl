# Checks: E0032 for `break` in a function body that is not inside any loop.
fn check(n :: Int) -> Int do
  if n > 3 do
    break
  end
  n
end

fn main() do
  println("${check(1)}")
end
