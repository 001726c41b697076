# Checks: `?` on Option: None returns None from the enclosing function; in let, statement, tuple-argument and List.find positions.
fn lookup(m :: Map<String, Int>, k :: String) -> Option<Int> do
  if Map.has_key(m, k) do Some(Map.get(m, k)) else None end
end

fn sum_keys(m :: Map<String, Int>, a :: String, b :: String) -> Option<Int> do
  let x = lookup(m, a)?
  let y = lookup(m, b)?
  Some(x + y)
end

fn first_even(xs :: List<Int>) -> Option<Int> do
  let e = List.find(xs, fn x -> x % 2 == 0 end)?
  Some(e * 100)
end

fn parse_both(a :: String, b :: String) -> Option<(Int, Int)> do
  Some((String.to_int(a)?, String.to_int(b)?))
end

fn require(m :: Map<String, Int>, k :: String) -> Option<String> do
  lookup(m, k)?
  Some("has ${k}")
end

fn main() do
  let m = %{"a" => 1, "b" => 2}
  println("${sum_keys(m, "a", "b")} ${sum_keys(m, "a", "z")}")
  println("${first_even([1, 3, 4, 6])} ${first_even([1, 3])}")
  println("${parse_both("3", "4")} ${parse_both("3", "four")}")
  println("${require(m, "b")} ${require(m, "c")}")
end
