# Checks: self tail calls of 1,000,000 iterations run in constant stack.
fn sum_to(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    sum_to(n - 1, acc + n)
  end
end

fn count_down(n) do
  if n > 0 do
    count_down(n - 1)
  else
    "finished"
  end
end

fn main() do
  println("${sum_to(1000000, 0)}")
  println(count_down(1000000))
end
