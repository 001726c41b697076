# Checks: Float + - * / % (fmod, sign of the dividend), unary minus and comparisons follow IEEE-754.
fn average(a :: Float, b :: Float) -> Float = (a + b) / 2.0

fn main() do
  let a = 7.5
  let b = 2.0
  println("${a + b}")
  println("${a - b}")
  println("${a * b}")
  println("${a / b}")
  println("${a % b}")
  println("${-a % b}")
  println("${-a}")
  println("${0.1 * 3.0}")
  println("${0.1 + 0.2 == 0.3}")
  println("${0.5 + 0.25 == 0.75}")
  println("${1.5 < 2.5}")
  println("${2.5 >= 2.5}")
  println("${1.0e10 * 1.0e10}")
  println("${average(1.0, 2.0)}")
  println("${average(-3.0, 3.0)}")
end
