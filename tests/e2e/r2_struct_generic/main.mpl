# Checks: generic structs (Slot<T>, Pair<A, B>) instantiated at several types, annotated and inferred, nested, and generic functions over them.
struct Slot<T> do
  item :: T
  count :: Int
end

struct Pair<A, B> do
  left :: A
  right :: B
end

fn swap<A, B>(p :: Pair<A, B>) -> Pair<B, A> do
  Pair { left: p.right, right: p.left }
end

fn fill<T>(x :: T) -> Slot<T> = Slot { item: x, count: 1 }

fn main() do
  let a = Slot { item: 42, count: 1 }
  let b = Slot { item: "text", count: 2 }
  let c :: Slot<List<Int>> = Slot { item: [1, 2], count: 3 }
  println("${a.item + 1} ${b.item} ${c.item}")
  let p = Pair { left: 1, right: "one" }
  let q = swap(p)
  println(q.left <> " ${q.right}")
  let nested = Slot { item: Pair { left: true, right: 2.5 }, count: 0 }
  println("${nested.item.left} ${nested.item.right}")
  let f = fill("x")
  let g = fill(9)
  println("${f.item} ${g.item * 2} ${f.count + g.count}")
  let opt = Slot { item: Some(5), count: 4 }
  println("${opt.item}")
end
