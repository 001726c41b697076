# A `for` source must be a collection, an `Iter` or implement `Iterable`; a user `Iterator` is not supported as a source yet.
struct Plain do
  n :: Int
end

struct Ticker do
  inner :: Iter<Int>
end

impl Iterator for Ticker do
  type Item = Int
  fn next(self) -> Option<Int> do
    Iter.next(self.inner)
  end
end

fn main() do
  for x in Plain { n: 1 } do
    println("${x}")
  end
  for y in Ticker { inner: Iter.from([1]) } do
    println("${y}")
  end
end
