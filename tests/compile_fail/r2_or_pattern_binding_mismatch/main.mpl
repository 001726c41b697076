# Checks: E0011 when the alternatives of an or-pattern bind different names (reported at the or-pattern).
fn pick(p :: (Int, Int)) -> Int do
  case p do
    (x, 0) | (0, y) -> 1
    _ -> 0
  end
end

fn main() do
  println("${pick((1, 0))}")
end
