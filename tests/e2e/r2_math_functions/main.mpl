# Checks: Math.abs/min/max on Int and Float, the constant Math.pi, Math.pow, Math.sqrt (NaN for negatives), Math.floor/ceil/round (half away from zero) returning Int.
fn main() do
  println("${Math.abs(-5)} ${Math.abs(7)} ${Math.abs(-2.5)}")
  println("${Math.min(3, 7)} ${Math.max(3, 7)} ${Math.min(2.5, -1.5)} ${Math.max(2.5, -1.5)}")
  println("${Math.pi}")
  println("${Math.pow(2.0, 10.0)} ${Math.pow(2.0, 0.5)} ${Math.pow(9.0, 0.5)} ${Math.pow(2.0, -1.0)}")
  println("${Math.sqrt(16.0)} ${Math.sqrt(2.0)} ${Math.sqrt(-1.0)}")
  println("${Math.floor(2.7)} ${Math.floor(-2.3)} ${Math.ceil(2.1)} ${Math.ceil(-2.7)}")
  println("${Math.round(3.5)} ${Math.round(-2.5)} ${Math.round(0.5)} ${Math.round(2.4)} ${Math.round(-0.4)}")
  println("${Math.floor(3.0) + 1}")
  let area = Math.pi * 2.0 * 2.0
  println("${Math.round(area)}")
end
