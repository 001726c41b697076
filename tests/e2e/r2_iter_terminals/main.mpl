# Checks: the terminal operations Iter.count, Iter.sum, Iter.any, Iter.all, Iter.find (short-circuits) and Iter.reduce.
fn main() do
  println("${Iter.from([1, 2, 3, 4]) |> Iter.filter(fn x -> x % 2 == 0 end) |> Iter.count()}")
  println("${Iter.from(1..11) |> Iter.sum()} ${Iter.from(0..0) |> Iter.sum()}")
  println("${Iter.any(Iter.from([1, 3, 5]), fn x -> x > 4 end)} ${Iter.all(Iter.from([1, 3, 5]), fn x -> x > 4 end)}")
  println("${Iter.find(Iter.from(["ant", "bee", "cat"]), fn s -> String.starts_with(s, "b") end)}")
  println("${Iter.find(Iter.from([1, 2]), fn x -> x > 5 end)}")
  println("${Iter.reduce(Iter.from([1, 2, 3, 4]), 0, fn a, b -> a + b end)}")
  println("${Iter.from(["a", "b"]) |> Iter.map(fn s -> s <> s end) |> Iter.count()}")
  let found = Iter.from([5, 6, 7, 8])
    |> Iter.map(fn x do
      println("check ${x}")
      x
    end)
    |> Iter.find(fn x -> x > 6 end)
  println("${found}")
end
