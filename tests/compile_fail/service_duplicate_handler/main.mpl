# Checks: E0111: two handlers generating the same function name, and a
# handler generating `start` (language.md §3.9.3).
service Counter do
  fn init() -> Int do
    0
  end

  call Bump() do |n|
    (n + 1, n + 1)
  end

  cast Bump() do |n|
    n + 1
  end

  cast Start() do |n|
    n
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.bump(c)}")
end
