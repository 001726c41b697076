# Checks: mutually recursive functions, declared after their first use, with inferred parameter types.
fn main() do
  println("${is_even(10)}")
  println("${is_odd(10)}")
  println("${is_even(7)}")
  println("${is_odd(7)}")
  println("${is_even(0)}")
  println(parity(101))
  println(parity(64))
end

fn parity(n :: Int) -> String do
  if is_even(n) do "even" else "odd" end
end

fn is_even(n) do
  if n == 0 do true else is_odd(n - 1) end
end

fn is_odd(n) do
  if n == 0 do false else is_even(n - 1) end
end
