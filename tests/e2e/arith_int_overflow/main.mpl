# Checks: Int `+`, `-`, `*` and unary `-` wrap around on overflow (64-bit two's complement).
fn factorial(n :: Int) -> Int do
  if n <= 1 do
    1
  else
    n * factorial(n - 1)
  end
end

fn main() do
  let max = 9223372036854775807
  let min = -9223372036854775808
  println("${9223372036854775807 + 1}")
  println("${max + 1}")
  println("${min - 1}")
  println("${max + max}")
  println("${0 - min}")
  println("${-min}")
  println("${max * 2}")
  println("${max * max}")
  println("${min * -1}")
  println("${4611686018427387904 * 2}")
  println("${3037000500 * 3037000500}")
  println("${factorial(20)}")
  println("${factorial(21)}")
  println("${factorial(25)}")
end
