# Checks: multi-clause closures whose later clause has a `do ... end` block body (each such clause has its own `end`, then the closure's `end`).
fn main() do
  let describe = fn 0 -> "zero" | n do
    let d = n * 2
    "double ${d}"
  end end
  println(describe(0))
  println(describe(21))
  let safe_div = fn _, 0 -> None | a, b do
    let q = a / b
    Some(q)
  end end
  println("${safe_div(7, 0)} ${safe_div(7, 2)}")
end
