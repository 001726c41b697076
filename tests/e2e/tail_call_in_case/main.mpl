# Checks: self tail calls in case arms (also nested cases) run in constant stack.
fn collatz_steps(n :: Int, steps :: Int) -> Int do
  case n do
    1 -> steps
    _ -> case n % 2 do
      0 -> collatz_steps(n / 2, steps + 1)
      _ -> collatz_steps(3 * n + 1, steps + 1)
    end
  end
end

fn spin(n :: Int) -> String do
  case n do
    0 -> "spun"
    _ -> spin(n - 1)
  end
end

fn main() do
  println("${collatz_steps(1, 0)}")
  println("${collatz_steps(27, 0)}")
  println("${collatz_steps(97, 0)}")
  println("${collatz_steps(871, 0)}")
  println(spin(5000000))
end
