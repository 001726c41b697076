# Checks: deriving(Debug): `Name { f1: v1, f2: v2 }` with Display-rendered field values (strings unquoted), empty struct `Name {}`, sum variants `Variant` / `Variant(v1, v2)`; reached via v.inspect(), the prelude inspect and interpolation of a type without Display; inspect of primitives ("hi" quoted, numbers plain).
struct User do
  name :: String
  age :: Int
  tags :: List<String>
end deriving(Debug)

struct Nothing do
end deriving(Debug)

type Event do
  Start
  Move(Int, Int)
  Say(Bool)
end deriving(Debug)

fn main() do
  let u = User { name: "ann", age: 30, tags: ["a", "b"] }
  println(u.inspect())
  println(inspect(u))
  println("${u}")
  let n = Nothing {}
  println(n.inspect())
  println(inspect(Start) <> " " <> inspect(Move(1, -2)) <> " " <> inspect(Say(true)))
  let e = Move(3, 4)
  println("${e}")
  println(inspect("hi") <> " " <> inspect(42) <> " " <> inspect(true) <> " " <> inspect(2.5))
end
