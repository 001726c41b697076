# Checks: Tuple.first/second with precise element types, Tuple.nth on a homogeneous tuple, Tuple.size, tuple destructuring with let.
fn main() do
  let t = (1, "one")
  println("${Tuple.first(t) + 1} ${Tuple.second(t)}")
  let triple = (10, 20, 30)
  println("${Tuple.nth(triple, 0)} ${Tuple.nth(triple, 2)}")
  println("${Tuple.size(triple)} ${Tuple.size(t)} ${Tuple.size((1, "a", true, 2.5))}")
  let (a, b, c) = triple
  println("${a + b + c}")
  let nested = ((1, 2), ("x", [3]))
  println("${Tuple.first(Tuple.first(nested))} ${Tuple.second(Tuple.second(nested))}")
  let pairs = [(1, "a"), (2, "b")]
  println("${List.map(pairs, fn p -> Tuple.first(p) end)} ${List.map(pairs, fn p -> Tuple.second(p) end)}")
  println(String.to_upper(Tuple.second(("k", "v"))))
end
