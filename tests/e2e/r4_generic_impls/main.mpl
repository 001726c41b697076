# Checks: impls for generic types (a struct, a recursive sum type, two parameters, List) under where bounds on the type's parameters, called directly, through a bound and through Interface.method (language.md §3.7.1).
interface Describe do
  fn describe(self) -> String
end

struct Box<T> do
  item :: T
end

type Tree<T> do
  Leaf
  Node(Tree<T>, T, Tree<T>)
end

struct Pair<A, B> do
  left :: A
  right :: B
end

impl Describe for Int do
  fn describe(self) -> String do
    "#${self}"
  end
end

impl Describe for String do
  fn describe(self) -> String do
    "'${self}'"
  end
end

impl Describe for Box where T: Describe do
  fn describe(self) -> String do
    "box(" <> self.item.describe() <> ")"
  end
end

impl Describe for Tree where T: Describe do
  fn describe(self) -> String do
    case self do
      Leaf -> "."
      Node(l, v, r) -> "(" <> l.describe() <> " " <> v.describe() <> " " <> r.describe() <> ")"
    end
  end
end

impl Describe for Pair where A: Describe, B: Describe do
  fn describe(self) -> String do
    self.left.describe() <> "&" <> self.right.describe()
  end
end

impl Describe for List where T: Describe do
  fn describe(self) -> String do
    "[" <> String.join(List.map(self, fn x -> x.describe() end), " ") <> "]"
  end
end

fn show<T>(x :: T) -> String where T: Describe do
  x.describe()
end

fn main() do
  println(Box { item: 5 }.describe())
  println(show(Box { item: Box { item: "in" } }))
  let t = Node(Node(Leaf, 1, Leaf), 2, Leaf)
  println(t.describe())
  println(show(Pair { left: 1, right: "one" }))
  println([1, 2, 3].describe())
  println(show([Box { item: 1 }, Box { item: 2 }]))
  println(Describe.describe(Pair { left: [1], right: Box { item: "b" } }))
end
