# Checks: case on the Option results of String.to_int and String.to_float (Some with guards, None).
fn parse_report(s :: String) -> String do
  case String.to_int(s) do
    Some(n) when n < 0 -> "negative ${n}"
    Some(n) -> "int ${n}"
    None -> "not an int: '${s}'"
  end
end

fn float_report(s :: String) -> String do
  let parsed = String.to_float(s)
  case parsed do
    Some(f) -> "float ${f}"
    None -> "not a float: '${s}'"
  end
end

fn main() do
  println(parse_report("42"))
  println(parse_report(" 7 "))
  println(parse_report("-15"))
  println(parse_report("+8"))
  println(parse_report("12abc"))
  println(parse_report(""))
  println(parse_report("3.5"))
  println(parse_report("99999999999999999999"))
  println(parse_report("9223372036854775807"))
  println(parse_report("-9223372036854775808"))
  let parsed = String.to_int("100")
  let doubled = case parsed do
    Some(v) -> v * 2
    None -> 0
  end
  println("${doubled}")
  println(float_report("2.5"))
  println(float_report(" 0.25 "))
  println(float_report("-0.5"))
  println(float_report("1e3"))
  println(float_report("4"))
  println(float_report("abc"))
end
