# Checks: `%` by zero panics with "division by zero"; text printed with print (no newline) is flushed first.
fn remainder(a :: Int, b :: Int) -> Int do
  a % b
end

fn main() do
  println("${remainder(7, 3)}")
  print("partial")
  println("${remainder(7, 0)}")
  println("unreachable")
end
