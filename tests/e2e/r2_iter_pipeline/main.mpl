# Checks: Iter.from/map/filter with List.collect; iterators are lazy and pull one element at a time through all stages.
fn main() do
  let xs = Iter.from([1, 2, 3, 4, 5]) |> Iter.map(fn x -> x * 2 end) |> Iter.filter(fn x -> x > 4 end) |> List.collect()
  println("${xs}")
  let ys = Iter.from([1, 2, 3])
    |> Iter.map(fn x do
      println("map ${x}")
      x + 10
    end)
    |> Iter.filter(fn x do
      println("filter ${x}")
      x != 12
    end)
    |> List.collect()
  println("${ys}")
  let lengths = Iter.from(["a", "bb", "ccc"]) |> Iter.map(fn s -> String.length(s) end) |> List.collect()
  println("${lengths}")
end
