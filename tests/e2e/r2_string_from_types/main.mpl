# Checks: String.from on Int, Float, Bool, String, List, Option, Result, tuple, Map, Set and a struct deriving Display gives the Display text.
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

fn main() do
  println(String.from(42) <> "|" <> String.from(-7))
  println(String.from(2.5) <> "|" <> String.from(2.0) <> "|" <> String.from(0.1 + 0.2))
  println(String.from(true) <> "|" <> String.from(false))
  println(String.from("text"))
  println(String.from([1, 2, 3]) <> "|" <> String.from(["a", "b"]))
  println(String.from(Some(1)) <> "|" <> String.from((1, "x")))
  let r :: Result<Int, String> = Err("e")
  println(String.from(r))
  println(String.from(%{"k" => 1}) <> "|" <> String.from(Set.from_list([1, 2])))
  println(String.from(Point { x: 1, y: 2 }))
  println(String.from(1.5e3) <> "|" <> String.from(-0.25))
  let n :: Option<Int> = None
  println(String.from(n) <> "|" <> String.from([Some(1), n]))
end
