# Checks: case on tuples with literal, variable and wildcard sub-patterns and guards.
fn quadrant(x :: Int, y :: Int) -> String do
  case (x, y) do
    (0, 0) -> "origin"
    (0, _) -> "on the y axis"
    (_, 0) -> "on the x axis"
    (a, b) when a > 0 and b > 0 -> "first"
    (a, b) when a < 0 and b > 0 -> "second"
    (a, b) when a < 0 and b < 0 -> "third"
    _ -> "fourth"
  end
end

fn fizzbuzz(n :: Int) -> String do
  case (n % 3, n % 5) do
    (0, 0) -> "FizzBuzz"
    (0, _) -> "Fizz"
    (_, 0) -> "Buzz"
    _ -> "${n}"
  end
end

fn fizz_line(i :: Int, n :: Int, acc :: String) -> String do
  if i > n do
    acc
  else
    let sep = if acc == "" do "" else " " end
    fizz_line(i + 1, n, acc <> sep <> fizzbuzz(i))
  end
end

fn swap(pair) = case pair do
  (a, b) -> (b, a)
end

fn both_true(flags :: (Bool, Bool)) -> String do
  case flags do
    (true, true) -> "both"
    (true, false) -> "left"
    (false, true) -> "right"
    (false, false) -> "none"
  end
end

fn main() do
  println(quadrant(0, 0))
  println(quadrant(0, 5))
  println(quadrant(3, 0))
  println(quadrant(1, 2))
  println(quadrant(-1, 2))
  println(quadrant(-1, -2))
  println(quadrant(1, -2))
  println(fizz_line(1, 15, ""))
  println("${swap((1, "a"))}")
  println(both_true((true, false)))
  println(both_true((false, false)))
  println(both_true((1 < 2, 2 < 3)))
end
