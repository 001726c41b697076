# Checks: List.sort with an Int-returning comparator: ascending, descending, by a key (stable for equal keys), on strings, on []; the input list is unchanged.
fn main() do
  let xs = [5, 3, 9, 1, 3]
  println("${List.sort(xs, fn a, b -> a - b end)}")
  println("${List.sort(xs, fn a, b -> b - a end)}")
  println("${xs}")
  let words = ["pear", "fig", "banana", "kiwi"]
  println("${List.sort(words, fn a, b -> String.length(a) - String.length(b) end)}")
  let pairs = [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (0, "e")]
  let by_key = List.sort(pairs, fn p, q -> Tuple.first(p) - Tuple.first(q) end)
  println("${by_key}")
  let alpha = List.sort(words, fn a, b -> if a < b do -1 else if a == b do 0 else 1 end end)
  println("${alpha}")
  let empty :: List<Int> = []
  println("${List.sort(empty, fn a, b -> a - b end)}")
end
