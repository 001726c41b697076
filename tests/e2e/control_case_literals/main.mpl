# Checks: case on Int (incl. negative), String and Bool literals, with `_` and variable-binding arms.
fn describe_int(n :: Int) -> String do
  case n do
    0 -> "zero"
    1 -> "one"
    -1 -> "minus one"
    42 -> "the answer"
    other -> "other ${other}"
  end
end

fn describe_str(s :: String) -> String do
  case s do
    "hello" -> "greeting"
    "" -> "empty"
    "bye" -> "farewell"
    _ -> "unknown"
  end
end

fn describe_bool(b :: Bool) -> String do
  case b do
    true -> "yes"
    false -> "no"
  end
end

fn main() do
  println(describe_int(0))
  println(describe_int(1))
  println(describe_int(-1))
  println(describe_int(42))
  println(describe_int(-42))
  println(describe_str("hello"))
  println(describe_str(""))
  println(describe_str("bye"))
  println(describe_str("Hello"))
  println(describe_str("hell" <> "o"))
  println(describe_bool(true))
  println(describe_bool(1 > 2))
  println(case 3 * 3 do 9 -> "nine" _ -> "not nine" end)
end
