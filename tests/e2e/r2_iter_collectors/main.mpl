# Checks: String.collect, Set.collect, Map.collect; Iter.from over a Map (pairs in insertion order), a Range value and a Set.
fn main() do
  println(Iter.from(["a", "b", "c"]) |> Iter.map(fn s -> String.to_upper(s) end) |> String.collect())
  println("${Iter.from([3, 1, 3, 2, 1]) |> Set.collect()}")
  let m = Iter.from([("x", 1), ("y", 2)]) |> Map.collect()
  println("${m} ${Map.get(m, "y")}")
  let entries = Iter.from(%{"k1" => 10, "k2" => 20}) |> Iter.map(fn ((k, v)) -> "${k}:${v}" end) |> List.collect()
  println("${entries}")
  let r = 1..4
  println("${Iter.from(r) |> Iter.map(fn x -> x * x end) |> List.collect()}")
  println("${Iter.from(Set.from_list([4, 4, 5])) |> List.collect()}")
  let doubled_keys = Iter.from(%{"a" => 1}) |> Iter.map(fn ((k, v)) -> (k <> k, v + 1) end) |> Map.collect()
  println("${doubled_keys}")
end
