# Checks: or-patterns with literals, constructors (nullary and with payload), tuples binding the same name in every alternative, and a guard on an or-pattern arm.
type Color do
  Red
  Green
  Blue
  Custom(Int)
end

fn size_word(n :: Int) -> String do
  case n do
    1 | 2 | 3 -> "small"
    4 | 5 -> "medium"
    _ -> "large"
  end
end

fn warm(c :: Color) -> String do
  case c do
    Red | Custom(0) -> "warm"
    Green | Blue -> "cool"
    Custom(_) -> "custom"
  end
end

fn on_axis(p :: (Int, Int)) -> String do
  case p do
    (0, 0) -> "origin"
    (x, 0) | (0, x) -> "axis ${x}"
    (x, y) -> "point ${x},${y}"
  end
end

fn payload(r :: Result<Int, Int>) -> Int do
  case r do
    Ok(v) | Err(v) when v > 100 -> 100
    Ok(v) | Err(v) -> v
  end
end

fn main() do
  println(size_word(2) <> " " <> size_word(5) <> " " <> size_word(9))
  println(warm(Red) <> " " <> warm(Custom(0)) <> " " <> warm(Blue) <> " " <> warm(Custom(3)))
  println(on_axis((0, 0)) <> "; " <> on_axis((7, 0)) <> "; " <> on_axis((0, -2)) <> "; " <> on_axis((1, 2)))
  println("${payload(Ok(5))} ${payload(Err(7))} ${payload(Err(500))}")
  let is_vowel = fn c -> case c do "a" | "e" | "i" | "o" | "u" -> true _ -> false end end
  println("${List.filter(["a", "b", "e", "z", "u"], is_vowel)}")
end
