# Checks: naive recursive fib(30) built with --opt-level 2.
fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn main() do
  println("fib(10) = ${fib(10)}")
  println("fib(20) = ${fib(20)}")
  println("fib(30) = ${fib(30)}")
end
