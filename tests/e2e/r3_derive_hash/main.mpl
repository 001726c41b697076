# Checks: deriving(Hash) (explicit on a struct and a sum type, implicit on a struct without a deriving clause): equal values give equal hashes via v.hash(); primitives have hash() too. Hash numbers themselves are never printed.
struct Key do
  id :: Int
  name :: String
end deriving(Eq, Hash)

type Color do
  Red
  Rgb(Int, Int, Int)
end deriving(Eq, Hash)

struct Implicit do
  a :: Int
  b :: Bool
end

fn main() do
  let k1 = Key { id: 7, name: "seven" }
  let k2 = Key { id: 7, name: "seven" }
  println("${k1.hash() == k2.hash()} ${k1.hash() == k1.hash()}")
  let c1 = Rgb(1, 2, 3)
  let c2 = Rgb(1, 2, 3)
  let r1 = Red
  let r2 :: Color = Red
  println("${c1.hash() == c2.hash()} ${r1.hash() == r2.hash()}")
  let i1 = Implicit { a: 1, b: true }
  let i2 = Implicit { a: 1, b: true }
  println("${i1.hash() == i2.hash()}")
  let n = 12345
  let m = 12000 + 345
  let s = "abc"
  let s2 = "a" <> "bc"
  println("${n.hash() == m.hash()} ${s.hash() == s2.hash()}")
  let f = 1.5
  let t = true
  println("${f.hash() == f.hash()} ${t.hash() == t.hash()}")
end
