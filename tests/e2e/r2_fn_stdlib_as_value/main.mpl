# Checks: standard-library functions used as values (String.length, String.to_upper, String.trim, String.from, List.length), also as the right side of a pipe without parentheses.
fn main() do
  let words = ["mesh", "is", "fun"]
  println("${List.map(words, String.length)}")
  println("${List.map(words, String.to_upper)}")
  println("${List.map([[1], [2, 3], []], List.length)}")
  let conv = String.trim
  println("[" <> conv("  padded  ") <> "]")
  println("  hi  " |> String.trim)
  println("${List.map([1, 2], String.from)}")
end
