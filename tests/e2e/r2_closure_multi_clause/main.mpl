# Checks: multi-clause closures with literal, constructor, Bool and two-parameter patterns and guards, tried top to bottom; parenthesized clause parameters.
fn main() do
  let sign = fn 0 -> "zero" | n when n < 0 -> "neg" | _ -> "pos" end
  println(sign(0) <> " " <> sign(-5) <> " " <> sign(9))
  let unwrap = fn Some(v) -> v | None -> 0 end
  println("${unwrap(Some(4))} ${unwrap(None)}")
  let classify = fn 0, _ -> "first zero" | _, 0 -> "second zero" | a, b when a == b -> "same" | _, _ -> "other" end
  println(classify(0, 1))
  println(classify(1, 0))
  println(classify(2, 2))
  println(classify(2, 3))
  let grade = fn(n) when n >= 90 -> "A" | (n) when n >= 50 -> "B" | (_) -> "C" end
  println(grade(95) <> grade(60) <> grade(10))
  let results = List.map([Ok(1), Err("bad"), Ok(3)], fn Ok(n) -> n * 10 | Err(_) -> -1 end)
  println("${results}")
  let bools = fn true -> 1 | false -> 0 end
  println("${bools(true) + bools(false)}")
end
