# Checks: a generic function constrained `where T: Display` called at Int, Float, String, Bool, List<Int>, a type with derived Display and a type with a hand-written Display impl; each instance uses that type's Display.
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

struct Celsius do
  degrees :: Int
end

impl Display for Celsius do
  fn to_string(self) -> String do
    String.from(self.degrees) <> "C"
  end
end

fn bracket<T>(x :: T) -> String where T: Display do
  "<" <> to_string(x) <> ">"
end

fn twice<T>(x :: T) -> String where T: Display do
  "${x}${x}"
end

fn main() do
  println(bracket(5))
  println(bracket(2.5))
  println(bracket("hi"))
  println(bracket(true))
  println(bracket([1, 2]))
  println(bracket(Point { x: 1, y: 2 }))
  println(bracket(Celsius { degrees: 21 }))
  println(twice(Celsius { degrees: -3 }) <> " " <> twice(7))
end
