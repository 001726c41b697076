# Checks: E0001: a String literal pattern cannot match an Int scrutinee.
fn describe(n :: Int) -> String do
  case n do
    "five" -> "string"
    _ -> "other"
  end
end

fn main() do
  println(describe(5))
end
