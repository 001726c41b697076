# Checks: a struct without a deriving clause (implicit Debug, no Display) interpolates as `Name { f: v }` with String fields unquoted; inspect gives the same text; an empty struct renders `Name {}`; inspect of a String quotes it.
struct Point do
  x :: Int
  y :: Int
end

struct User do
  name :: String
  admin :: Bool
  scores :: List<Int>
end

struct Nothing do
end

fn main() do
  let p = Point { x: 1, y: 2 }
  println("${p}")
  println(inspect(p))
  let u = User { name: "ann", admin: false, scores: [3, 4] }
  println("${u}")
  println("user: ${u}!")
  println(inspect(u))
  let n = Nothing {}
  println("${n}")
  println(inspect("hi"))
  println(inspect(42))
end
