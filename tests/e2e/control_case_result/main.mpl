# Checks: functions returning Result (also written T!E); case on Ok/Err with bindings, guards and nesting.
fn safe_div(a :: Int, b :: Int) -> Result<Int, String> do
  if b == 0 do
    Err("cannot divide ${a} by zero")
  else
    Ok(a / b)
  end
end

fn parse_positive(s :: String) -> Int!String do
  case String.to_int(s) do
    Some(n) when n > 0 -> Ok(n)
    Some(n) -> Err("not positive: ${n}")
    None -> Err("not a number: ${s}")
  end
end

fn describe(r :: Result<Int, String>) -> String do
  case r do
    Ok(v) when v > 100 -> "large ${v}"
    Ok(v) -> "ok ${v}"
    Err(e) -> "error: ${e}"
  end
end

fn main() do
  println(describe(safe_div(10, 2)))
  println(describe(safe_div(1000, 3)))
  println(describe(safe_div(7, 0)))
  println("${safe_div(9, 3)}")
  println("${safe_div(1, 0)}")
  let chained = case safe_div(100, 5) do
    Ok(q) -> case safe_div(q, 0) do
      Ok(_) -> "impossible"
      Err(msg) -> msg
    end
    Err(msg) -> msg
  end
  println(chained)
  println(describe(parse_positive("12")))
  println(describe(parse_positive("-4")))
  println(describe(parse_positive("x")))
end
