# Checks: `?` on Result in every position: let initializer, whole statement (value discarded), call arguments (left to right), nested `?` in arguments, a `?` result passed on; Err returns early from the function.
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad number: " <> s)
  end
end

fn check_positive(n :: Int) -> Result<Int, String> do
  if n > 0 do Ok(n) else Err("not positive: ${n}") end
end

fn add(a :: Int, b :: Int) -> Int = a + b

fn sum_two(a :: String, b :: String) -> Result<Int, String> do
  let x = parse(a)?
  let y = parse(b)?
  Ok(x + y)
end

fn validated(s :: String) -> Result<String, String> do
  let n = parse(s)?
  check_positive(n)?
  Ok("valid ${n}")
end

fn as_argument(a :: String, b :: String) -> Result<Int, String> do
  Ok(add(parse(a)?, parse(b)?))
end

fn nested(s :: String) -> Result<Int, String> do
  let v = check_positive(parse(s)?)?
  Ok(v * 2)
end

fn chained(s :: String) -> Result<Int, String> do
  parse(String.from(parse(s)? + 1))
end

fn show(r :: Result<Int, String>) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "err ${e}"
  end
end

fn main() do
  println(show(sum_two("2", "40")))
  println(show(sum_two("x", "40")))
  println(show(sum_two("2", "y")))
  println("${validated("5")}")
  println("${validated("-5")}")
  println("${validated("q")}")
  println(show(as_argument("1", "2")))
  println(show(as_argument("a", "b")))
  println(show(nested("21")))
  println(show(nested("0")))
  println(show(nested("z")))
  println(show(chained("9")))
  println(show(chained("nine")))
end
