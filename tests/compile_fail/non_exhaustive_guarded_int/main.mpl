# Checks: E0012: guarded arms do not count for exhaustiveness, so this case on Int is incomplete.
fn sign(n :: Int) -> String do
  case n do
    0 -> "zero"
    x when x > 0 -> "positive"
    x when x < 0 -> "negative"
  end
end

fn main() do
  println(sign(3))
end
