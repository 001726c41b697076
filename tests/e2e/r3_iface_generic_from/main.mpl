# Checks: a generic interface implemented with explicit arguments (`impl From<Int> for Money`), called statically as Money.from(250); a user generic interface with a type parameter used in a method signature.
struct Money do
  cents :: Int
end

impl From<Int> for Money do
  fn from(value :: Int) -> Money do
    Money { cents: value * 100 }
  end
end

interface Scale<K> do
  fn scale(self, by :: K) -> Int
end

impl Scale<Int> for Money do
  fn scale(self, by :: Int) -> Int do
    self.cents * by
  end
end

fn main() do
  let m = Money.from(3)
  println("${m.cents}")
  println("${m.scale(2)}")
  let ms = List.map([1, 2], fn n -> Money.from(n) end)
  println("${List.map(ms, fn x -> x.cents end)}")
end
