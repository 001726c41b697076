# Checks: deriving(Eq, Ord) on a generic struct compares lexicographically at several instantiations (Int/String, String/Float, nested user type).
struct Pair<A, B> do
  first :: A
  second :: B
end deriving(Eq, Ord)

fn main() do
  let a = Pair { first: 1, second: "b" }
  let b = Pair { first: 1, second: "c" }
  let c = Pair { first: 0, second: "z" }
  let a2 = Pair { first: 1, second: "b" }
  println("${a < b} ${b < a} ${c < a} ${a == a2}")
  let f1 = Pair { first: "x", second: 2.5 }
  let f2 = Pair { first: "x", second: 1.0 }
  println("${f1 > f2} ${f1 <= f2} ${f1 != f2}")
  let n1 = Pair { first: a, second: 1 }
  let n2 = Pair { first: b, second: 0 }
  println("${n1 < n2} ${n1 >= n2}")
end
