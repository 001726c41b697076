# Checks: deriving(Display) renders `Name(v1, v2)` with field values in declaration order via their own Display (strings unquoted, 2.0 as 2), empty struct `Name()`, nested Display structs, through interpolation, to_string and String.from.
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

struct Label do
  text :: String
  weight :: Float
  tags :: List<String>
  note :: Option<String>
end deriving(Display)

struct Empty do
end deriving(Display)

struct Line do
  a :: Point
  b :: Point
end deriving(Display)

fn main() do
  let p = Point { x: 1, y: -2 }
  println("${p}")
  println(to_string(p))
  println(String.from(Point { x: 0, y: 0 }))
  let l = Label { text: "hi", weight: 2.0, tags: ["a", "b"], note: None }
  println("${l}")
  let l2 = %{l | weight: 0.5, note: Some("n")}
  println("${l2}")
  let e = Empty {}
  println("${e}")
  let line = Line { a: p, b: Point { x: 3, y: 4 } }
  println("${line}")
  println("${[p, p]}")
  println("${Some(p)}")
  println("point: " <> to_string(p))
end
