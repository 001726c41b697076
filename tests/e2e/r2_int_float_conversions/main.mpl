# Checks: Int.to_float, Float.to_int (truncation toward zero), Float.from, and arithmetic after conversion (integral floats display without a fraction).
fn mean(xs :: List<Int>) -> Float do
  let total = List.reduce(xs, 0, fn a, b -> a + b end)
  Int.to_float(total) / Int.to_float(List.length(xs))
end

fn main() do
  println("${Int.to_float(7)} ${Int.to_float(7) / 2.0} ${Int.to_float(-3)}")
  println("${Float.to_int(3.99)} ${Float.to_int(-2.7)} ${Float.to_int(0.2)}")
  println("${Float.from(3)} ${Float.from(3) * 1.5}")
  println("${mean([1, 2, 3, 4])} ${mean([2, 2])}")
  println("${Float.to_int(Int.to_float(123456789))}")
  println("${Float.to_int(1.0e10)}")
end
