# Checks: a single-clause closure with a tuple-pattern parameter `fn ((a, b)) -> ... end` (bindings usable in the body) versus the two-parameter closure `fn (a, b) -> ... end`.
fn main() do
  let add_pair = fn ((a, b)) -> a + b end
  let add_two = fn (a, b) -> a + b end
  println("${add_pair((3, 4))} ${add_two(3, 4)}")
  let pairs = [(1, "one"), (2, "two")]
  let labels = List.map(pairs, fn ((n, word)) -> "${n}=${word}" end)
  println("${labels}")
  let swap = fn ((a, b)) -> (b, a) end
  println("${swap((1, "x"))}")
  let nested = fn ((a, (b, c))) -> a * b * c end
  println("${nested((2, (3, 4)))}")
end
