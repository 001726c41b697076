# Checks: == / != / < on structs without a deriving clause (implicit Eq and Ord): field by field in declaration order, nested and generic structs, structs in lists and Options, List.contains on structs.
struct Point do
  x :: Int
  y :: Int
end

struct Segment do
  a :: Point
  b :: Point
end

struct Tagged<T> do
  tag :: String
  value :: T
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = Point { y: 2, x: 1 }
  let r = Point { x: 2, y: 1 }
  println("${p == q} ${p == r} ${p != r} ${p != q}")
  let s1 = Segment { a: p, b: r }
  let s2 = Segment { a: q, b: Point { x: 2, y: 1 } }
  let s3 = Segment { a: r, b: p }
  println("${s1 == s2} ${s1 == s3}")
  let t1 = Tagged { tag: "n", value: [1, 2] }
  let t2 = Tagged { tag: "n", value: [1, 2] }
  let t3 = Tagged { tag: "n", value: [1, 2, 3] }
  println("${t1 == t2} ${t1 == t3}")
  println("${[p, r] == [q, r]} ${[p] == [r]}")
  println("${Some(p) == Some(q)} ${Some(p) == None}")
  let moved = %{p | x: 5}
  let back = %{moved | x: 1}
  println("${moved == p} ${back == p}")
  println("${List.contains([r, p], q)}")
  println("${p < r} ${r < p}")
end
