# Checks: case arms with `when` guards; a false guard falls through to the next arm.
fn classify(n :: Int) -> String do
  case n do
    0 -> "zero"
    x when x < 0 -> "negative"
    x when x % 2 == 0 and x > 100 -> "big even"
    x when x % 2 == 0 -> "even"
    _ -> "odd"
  end
end

fn grade(name :: String, score :: Int) -> String do
  case name do
    "admin" -> "n/a"
    n when score >= 60 -> "${n}: pass"
    n -> "${n}: fail"
  end
end

fn main() do
  println(classify(0))
  println(classify(-3))
  println(classify(200))
  println(classify(8))
  println(classify(7))
  println(classify(101))
  println(grade("admin", 10))
  println(grade("ann", 75))
  println(grade("bob", 40))
end
