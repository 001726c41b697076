# Checks: `return` leaves the function early from inside if blocks; bare `return` in a unit function.
fn classify(n :: Int) -> String do
  if n < 0 do
    return "negative"
  end
  if n == 0 do
    return "zero"
  end
  "positive"
end

fn first_divisor(n :: Int, d :: Int) -> Int do
  if d * d > n do
    return n
  end
  if n % d == 0 do
    return d
  end
  first_divisor(n, d + 1)
end

fn lookup(s :: String) -> String do
  let n = case String.to_int(s) do
    Some(v) -> v
    None -> -1
  end
  if n < 0 do
    return "invalid"
  else if n > 10 do
    return "too big"
  end
  "value ${n}"
end

fn maybe_print(flag :: Bool) do
  if not flag do
    return
  end
  println("printed")
end

fn main() do
  println(classify(-5))
  println(classify(0))
  println(classify(5))
  println("${first_divisor(91, 2)}")
  println("${first_divisor(97, 2)}")
  println("${first_divisor(15, 2)}")
  println(lookup("4"))
  println(lookup("x"))
  println(lookup("50"))
  maybe_print(false)
  maybe_print(true)
  println("done")
end
