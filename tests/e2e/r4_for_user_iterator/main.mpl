# Checks: a value of a type with a user `impl Iterator` is a `for` source (language.md §3.7.3, §4.14.1): its `next` is called before every iteration until it returns `None`, `break` stops calling it, an `impl Iterable` whose `iter` returns such a type iterates through it, and a generic iterator works at several element types, nested.
struct Ticker do
  inner :: Iter<Int>
end

impl Iterator for Ticker do
  type Item = Int
  fn next(self) -> Option<Int> do
    let pulled = Iter.next(self.inner)
    println("next -> ${pulled}")
    pulled
  end
end

struct Shelf do
  books :: List<String>
end

struct ShelfCursor do
  titles :: Iter<String>
end

impl Iterator for ShelfCursor do
  type Item = String
  fn next(self) -> Option<String> do
    Iter.next(self.titles)
  end
end

impl Iterable for Shelf do
  type Item = String
  type Iter = ShelfCursor
  fn iter(self) -> ShelfCursor do
    ShelfCursor { titles: Iter.from(self.books) }
  end
end

struct Cursor<T> do
  inner :: Iter<T>
end

impl Iterator for Cursor do
  type Item = T
  fn next(self) -> Option<T> do
    Iter.next(self.inner)
  end
end

fn main() do
  let doubled = for x in Ticker { inner: Iter.from([1, 2]) } do
    println("body ${x}")
    x * 2
  end
  println("${doubled}")
  let first = for x in Ticker { inner: Iter.from([7, 8, 9]) } do
    break
  end
  println("${List.length(first)}")
  let shelf = Shelf { books: ["Dune", "Emma"] }
  for title in shelf when title != "Dune" do
    println(title)
  end
  for s in Cursor { inner: Iter.from(["x", "y"]) } do
    for n in Cursor { inner: Iter.from([1, 2, 3]) } do
      if n == 3 do
        break
      end
      println("${s}${n}")
    end
  end
end
