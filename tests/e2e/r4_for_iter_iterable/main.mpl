# Checks: `for` over an `Iter<T>` value and over user types implementing `Iterable` (language.md §3.7.3, §4.14.1), plus a user `Iterator` whose `next` is called directly.
struct Bag do
  items :: List<Int>
end

impl Iterable for Bag do
  type Item = Int
  type Iter = ListIterator
  fn iter(self) -> ListIterator do
    Iter.from(self.items)
  end
end

struct Names do
  first :: String
  second :: String
end

impl Iterable for Names do
  type Item = String
  type Iter = List<String>
  fn iter(self) -> List<String> do
    [self.first, self.second]
  end
end

struct Countdown do
  inner :: Iter<Int>
end

impl Iterator for Countdown do
  type Item = Int
  fn next(self) -> Option<Int> do
    Iter.next(self.inner)
  end
end

fn main() do
  let doubled = for x in Iter.map(Iter.from([1, 2, 3]), fn n -> n * 2 end) do
    x + 1
  end
  println("${doubled}")
  let evens = for n in Iter.filter(Iter.from(1..10), fn n -> n % 2 == 0 end) when n > 2 do
    n
  end
  println("${evens}")
  let bag = Bag { items: [5, 6, 7] }
  let squares = for x in bag do
    x * x
  end
  println("${squares}")
  for name in Names { first: "ann", second: "bob" } do
    println(name)
  end
  let c = Countdown { inner: Iter.from([3, 2]) }
  println("${c.next()} ${c.next()} ${c.next()}")
end
