# Checks: i64::MIN / -1 wraps to i64::MIN and i64::MIN % -1 is 0, without a trap.
fn quotient(a :: Int, b :: Int) -> Int = a / b

fn remainder(a :: Int, b :: Int) -> Int = a % b

fn main() do
  let min = -9223372036854775808
  println("${quotient(min, -1)}")
  println("${remainder(min, -1)}")
  println("${min / -1}")
  println("${min % -1}")
  println("${quotient(min, 2)}")
  println("${remainder(min, 3)}")
  println("${quotient(9223372036854775807, -1)}")
end
