# Checks: pipes into calls taking closures (`|> List.map(fn x -> x * 2 end)`), multi-line pipelines, piping into a closure value and into a closure literal, closures capturing locals inside a pipeline.
fn main() do
  let doubled = [1, 2, 3] |> List.map(fn x -> x * 2 end)
  println("${doubled}")
  let result = [1, 2, 3, 4, 5, 6]
    |> List.filter(fn x -> x % 2 == 0 end)
    |> List.map(fn x -> x * x end)
    |> List.reduce(0, fn acc, x -> acc + x end)
  println("${result}")
  let inc = fn x -> x + 1 end
  println("${5 |> inc}")
  let tripled = 10 |> fn x -> x * 3 end
  println("${tripled}")
  let offset = 100
  let shifted = [1, 2] |> List.map(fn x -> x + offset end) |> List.reverse()
  println("${shifted}")
  let report = ["b", "a", "c"]
    |> List.sort(fn a, b -> if a < b do -1 else if a > b do 1 else 0 end end)
    |> String.join(", ")
  println(report)
  let lengths = "the quick brown fox" |> String.split(" ") |> List.map(fn w -> String.length(w) end)
  println("${lengths}")
end
