# Checks: without a deriving clause a struct gets Eq, Ord, Debug and Hash and a sum type gets Eq, Ord and Debug implicitly: `==`, `<`, compare, and interpolation falling back to Debug (`Name { f: v }`, `Variant(v)`).
struct Item do
  rank :: Int
  name :: String
end

type Size do
  Small
  Large(Int)
end

fn main() do
  let a = Item { rank: 1, name: "b" }
  let b = Item { rank: 1, name: "c" }
  println("${a == b} ${a < b} ${a != b}")
  println("${a}")
  println(b.inspect())
  println("${Small < Large(0)} ${Large(2) == Large(2)} ${Large(3) > Large(2)}")
  let s = Large(5)
  println("${s} ${Small}")
  let a2 = Item { rank: 1, name: "b" }
  println("${a.hash() == a2.hash()}")
end
