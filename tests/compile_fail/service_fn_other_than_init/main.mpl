# Checks: E0113: a service body holds only `fn init`, `call` and `cast`
# (language.md §3.9.1).
service Counter do
  fn init() -> Int do
    0
  end

  fn helper(n :: Int) -> Int do
    n + 1
  end

  call Get() do |n|
    (n, n)
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.get(c)}")
end
