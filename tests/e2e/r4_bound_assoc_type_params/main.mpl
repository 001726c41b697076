# Checks: a method whose parameter has an associated type (`fn add(self, x :: Self.Item) -> Self`) called on a type parameter bounded by its interface (language.md §3.7): the argument must have the caller's impl's associated type, here `Int`.
interface Bag do
  type Item
  fn add(self, x :: Self.Item) -> Self
  fn peek(self) -> Self.Item
end

struct Ints do
  xs :: List<Int>
end

impl Bag for Ints do
  type Item = Int
  fn add(self, x :: Int) -> Ints do
    Ints { xs: [x] ++ self.xs }
  end
  fn peek(self) -> Int do
    List.head(self.xs)
  end
end

fn twice<B>(b :: B, x) where B: Bag do
  b.add(x).add(x)
end

fn main() do
  let b = twice(Ints { xs: [] }, 4)
  println("${b.peek()} ${List.length(b.xs)}")
end
