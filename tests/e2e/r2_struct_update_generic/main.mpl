# Checks: functional update on generic structs (also inside a generic function) keeps the instantiation; updating a nested struct through two updates.
struct Slot<T> do
  item :: T
  version :: Int
end

struct Inner do
  v :: Int
end

struct Outer do
  name :: String
  inner :: Inner
end

fn bump<T>(s :: Slot<T>) -> Slot<T> = %{s | version: s.version + 1}

fn main() do
  let a = Slot { item: "x", version: 1 }
  let b = %{a | item: "y"}
  let c = bump(bump(b))
  println("${a.item}${a.version} ${b.item}${b.version} ${c.item}${c.version}")
  let n = bump(Slot { item: [1], version: 0 })
  println("${n.item} ${n.version}")
  let o = Outer { name: "o", inner: Inner { v: 1 } }
  let o2 = %{o | inner: %{o.inner | v: o.inner.v + 41}}
  println("${o.inner.v} ${o2.inner.v} ${o2.name}")
end
