# Checks: a hand-written `impl Eq` (on a type whose deriving list omits Eq) drives `==` and `!=` (`!=` is `not eq`), also for elements of List and Option equality; equality here ignores letter case.
struct Tag do
  name :: String
end deriving(Display)

impl Eq for Tag do
  fn eq(self, other :: Tag) -> Bool do
    String.to_lower(self.name) == String.to_lower(other.name)
  end
end

fn main() do
  let a = Tag { name: "Mesh" }
  let b = Tag { name: "MESH" }
  let c = Tag { name: "rust" }
  println("${a == b} ${a != b}")
  println("${a == c} ${a != c}")
  println("${a} ${b}")
  println("${[a, c] == [b, c]} ${[a] == [c]} ${Some(a) == Some(b)}")
end
