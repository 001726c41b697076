# Checks: List.map, List.filter and List.reduce (left fold, also with an accumulator of another type) with closures; results on empty lists.
fn main() do
  let xs = [1, 2, 3, 4, 5]
  println("${List.map(xs, fn x -> x * 10 end)}")
  println("${List.map(xs, fn x -> "n${x}" end)}")
  println("${List.filter(xs, fn x -> x > 2 end)}")
  println("${List.filter(xs, fn _ -> false end)}")
  println("${List.reduce(xs, 0, fn acc, x -> acc + x end)}")
  println("${List.reduce(xs, 1, fn acc, x -> acc * x end)}")
  println(List.reduce(["a", "b", "c"], ">", fn acc, s -> acc <> s end))
  println("${List.reduce(["ab", "c", "def"], 0, fn n, s -> n + String.length(s) end)}")
  println("${List.reduce([1, 2, 3], [], fn acc, x -> [x] ++ acc end)}")
  let order = List.reduce([1, 2, 3], "", fn acc, x -> "(${acc}+${x})" end)
  println(order)
  let empty :: List<Int> = []
  println("${List.map(empty, fn x -> x + 1 end)} ${List.reduce(empty, 42, fn a, b -> a + b end)}")
end
