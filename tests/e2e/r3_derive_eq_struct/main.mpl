# Checks: deriving(Eq) on structs compares field by field (nested struct, String, List, Option fields); `!=` is its negation; a struct without a deriving clause gets Eq implicitly.
struct Point do
  x :: Int
  y :: Int
end deriving(Eq)

struct Shape do
  name :: String
  corners :: List<Point>
  note :: Option<String>
end deriving(Eq)

struct Plain do
  a :: Int
  b :: String
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = Point { x: 1, y: 2 }
  let r = Point { x: 2, y: 1 }
  println("${p == q} ${p == r} ${p != r} ${p != q}")
  let s1 = Shape { name: "tri", corners: [p, r], note: None }
  let s2 = Shape { name: "tri", corners: [q, r], note: None }
  let s3 = %{s2 | note: Some("x")}
  let s4 = %{s2 | corners: [r, p]}
  println("${s1 == s2} ${s1 == s3} ${s1 == s4}")
  let k1 = Plain { a: 1, b: "z" }
  let k2 = Plain { a: 1, b: "z" }
  let k3 = Plain { a: 1, b: "y" }
  println("${k1 == k2} ${k1 == k3}")
  println("${[p, q] == [q, p]} ${Some(p) == Some(r)}")
end
