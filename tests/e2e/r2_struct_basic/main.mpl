# Checks: struct declaration, literal construction (fields in any order), field access, structs passed to and returned from functions, `-p.x` and field access on a call result.
struct Point do
  x :: Int
  y :: Int
end

struct Person do
  name :: String
  age :: Int
  email :: Option<String>
end

fn sum(p :: Point) -> Int do
  p.x + p.y
end

fn make_point(x :: Int, y :: Int) -> Point do
  Point { x: x, y: y }
end

fn main() do
  let p = Point { x: 3, y: 4 }
  println("${p.x} ${p.y}")
  let q = Point { y: 10, x: -2 }
  println("${q.x} ${q.y}")
  println("${sum(q)}")
  let r = make_point(7, 8)
  println("${r.x * r.y}")
  let alice = Person { name: "Alice", age: 30, email: Some("a@example.com") }
  let bob = Person { name: "Bob", age: 25, email: None }
  println(alice.name <> " " <> String.from(alice.age))
  println("${alice.email} ${bob.email}")
  println("${-p.x}")
  println("${make_point(1, 2).y}")
end
