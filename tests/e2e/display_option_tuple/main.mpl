# Checks: interpolation/to_string of Option, Result, tuples and lists nesting them (language.md section 4.17).
fn main() do
  let some :: Option<Int> = Some(3)
  let none :: Option<Int> = None
  println("${some}")
  println("${none}")
  println("${Some("x")}")
  println("${(1, "hi")}")
  println("${(1, 2.5, true)}")
  println("${Some((1, 2))}")
  println("${[Some(1), None]}")
  let ok :: Result<Int, String> = Ok(1)
  let err :: Result<Int, String> = Err("bad")
  println("${ok} ${err}")
  println("${("a", ["b", "c"])}")
  println(to_string(Some(2.0)))
  println("${[(1, "one"), (2, "two")]}")
  println("${Some(Some(-1))}")
end
