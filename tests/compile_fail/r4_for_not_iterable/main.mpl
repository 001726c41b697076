# A `for` source must be a collection, an `Iter` or implement `Iterable` or `Iterator`.
struct Plain do
  n :: Int
end

fn main() do
  for x in Plain { n: 1 } do
    println("${x}")
  end
end
