# Checks: `x |> f(a)` is f(x, a), bare `x |> f` is f(x), pipes chain left to right and bind loosest.
fn double(x :: Int) -> Int = x * 2

fn add(x :: Int, y :: Int) -> Int = x + y

fn wrap(s :: String, left :: String, right :: String) -> String = left <> s <> right

fn main() do
  println("${5 |> double}")
  println("${5 |> add(3)}")
  println("${5 |> double |> add(1) |> double}")
  println("  padded  " |> String.trim |> String.to_upper)
  println("mesh" |> wrap("[", "]"))
  println("${[1, 2, 3] |> List.length}")
  println("${(5 |> double) + 1}")
  println("a,b,c" |> String.split(",") |> String.join("-"))
  println("${"hello" |> String.length()}")
  println("${10 |> add(1 + 2)}")
end
