# Checks: the prelude list helpers map, filter, reduce, head and tail without qualification (also in pipes), and a local binding shadowing the prelude `map`.
fn main() do
  let xs = [1, 2, 3, 4]
  println("${map(xs, fn x -> x + 1 end)}")
  println("${filter(xs, fn x -> x % 2 == 1 end)}")
  println("${reduce(xs, 0, fn a, b -> a + b end)}")
  println("${head(xs)} ${tail(xs)}")
  println("${xs |> map(fn x -> x * x end) |> filter(fn x -> x > 4 end)}")
  let map = fn ys, f -> List.reverse(List.map(ys, f)) end
  println("${map([1, 2], fn x -> x * 100 end)}")
end
