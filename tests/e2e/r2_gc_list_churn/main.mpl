# Checks: a 2-million-iteration loop allocating lists, closures, maps and structs per iteration (discarded at once) completes in bounded memory with the right totals.
struct Acc do
  count :: Int
  total :: Int
end

fn step(i :: Int, n :: Int, acc :: Acc) -> Acc do
  if i >= n do
    acc
  else
    let xs = [i, i + 1, i + 2, i + 3]
    let ys = List.map(xs, fn x -> x * 2 end)
    let m = %{"len" => List.length(ys)}
    let total = List.reduce(ys, 0, fn a, b -> a + b end)
    step(i + 1, n, %{acc | count: acc.count + Map.get(m, "len"), total: acc.total + total % 7})
  end
end

fn main() do
  let result = step(0, 2000000, Acc { count: 0, total: 0 })
  println("${result.count} ${result.total}")
end
