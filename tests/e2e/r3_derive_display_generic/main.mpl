# Checks: deriving(Display) on a generic struct and a generic sum type renders with the bare type name (no type arguments) at several instantiations, including a user type argument and Option/Map fields.
struct Pair<A, B> do
  left :: A
  right :: B
end deriving(Display)

type Tree<T> do
  Leaf
  Node(Tree<T>, T, Tree<T>)
end deriving(Display)

struct Tagged do
  tag :: String
  extra :: Option<Int>
  counts :: Map<String, Int>
end deriving(Display)

fn main() do
  let p1 = Pair { left: 1, right: "one" }
  let p2 = Pair { left: [true], right: 1.5 }
  let p3 = Pair { left: p1, right: Pair { left: "in", right: -2 } }
  println("${p1}")
  println("${p2}")
  println(p3.to_string())
  let t = Node(Leaf, 5, Node(Leaf, 6, Leaf))
  println("${t}")
  let e :: Tree<String> = Leaf
  println("${e}")
  let g = Tagged { tag: "t", extra: Some(3), counts: %{"a" => 1, "b" => 2} }
  println("${g}")
end
