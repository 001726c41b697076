# Checks: deep non-tail recursion exhausts the main process's stack and is reported as a crash of that process (exit 101, a clear message), not a segmentation fault; output printed before it survives.
fn depth(n :: Int) -> Int do
  if n == 0 do
    0
  else
    1 + depth(n - 1)
  end
end

fn main() do
  println("before")
  println("${depth(100000000)}")
end
