# Checks: a user interface used as a `where` bound: the generic function calls the interface's method with method syntax on a T, and is instantiated at two implementing types.
interface Weighted do
  fn weight(self) -> Int
end

struct Apple do
  grams :: Int
end

struct Crate do
  apples :: List<Apple>
end

impl Weighted for Apple do
  fn weight(self) -> Int do
    self.grams
  end
end

impl Weighted for Crate do
  fn weight(self) -> Int do
    1000 + List.reduce(self.apples, 0, fn acc, a -> acc + a.weight() end)
  end
end

fn total<T>(xs :: List<T>) -> Int where T: Weighted do
  List.reduce(xs, 0, fn acc, x -> acc + x.weight() end)
end

fn main() do
  let a = Apple { grams: 120 }
  let b = Apple { grams: 80 }
  println("${total([a, b])}")
  let c = Crate { apples: [a, b] }
  println("${total([c, c])}")
  let nothing :: List<Apple> = []
  println("${total(nothing)}")
end
