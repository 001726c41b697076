# Checks: recursive factorial and Euclid's gcd (a self tail call).
fn factorial(n :: Int) -> Int do
  if n <= 1 do
    1
  else
    n * factorial(n - 1)
  end
end

fn gcd(a :: Int, b :: Int) -> Int do
  if b == 0 do
    a
  else
    gcd(b, a % b)
  end
end

fn main() do
  println("${factorial(0)}")
  println("${factorial(5)}")
  println("${factorial(20)}")
  println("${gcd(1071, 462)}")
  println("${gcd(17, 5)}")
  println("${gcd(0, 9)}")
  println("${gcd(48, 180)}")
end
