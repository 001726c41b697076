# Checks: self tail calls of 10,000,000 iterations (after an early-return if, and in else-if branches) run in constant stack.
fn sum_range(i :: Int, n :: Int, acc :: Int) -> Int do
  if i > n do
    return acc
  end
  sum_range(i + 1, n, acc + i)
end

fn count_fizz(i :: Int, n :: Int, acc :: Int) -> Int do
  if i >= n do
    acc
  else if i % 3 == 0 or i % 5 == 0 do
    count_fizz(i + 1, n, acc + 1)
  else
    count_fizz(i + 1, n, acc)
  end
end

fn main() do
  println("${sum_range(1, 10000000, 0)}")
  println("${count_fizz(1, 10000000, 0)}")
end
