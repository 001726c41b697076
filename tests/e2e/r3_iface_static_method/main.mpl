# Checks: static interface methods (no self) called as TypeName.m(args), returning Self written as the concrete type in the impl, mixed with an instance method.
interface Make do
  fn make(n :: Int) -> Self
  fn empty() -> Self
  fn size(self) -> Int
end

struct Counter do
  count :: Int
end

struct Bag do
  items :: List<Int>
end

impl Make for Counter do
  fn make(n :: Int) -> Counter do
    Counter { count: n }
  end
  fn empty() -> Counter do
    Counter { count: 0 }
  end
  fn size(self) -> Int do
    self.count
  end
end

impl Make for Bag do
  fn make(n :: Int) -> Bag do
    Bag { items: [n, n * 2, n * 3] }
  end
  fn empty() -> Bag do
    Bag { items: [] }
  end
  fn size(self) -> Int do
    List.length(self.items)
  end
end

fn main() do
  let c = Counter.make(7)
  let b = Bag.make(3)
  println("${c.count} ${b.items}")
  println("${c.size()} ${b.size()}")
  println("${Counter.empty().size()} ${Bag.empty().size()}")
end
