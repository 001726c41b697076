# Checks: the service of stdlib.md §17 with an inferred state, a call
# without `:: R`, a cast ignoring the state, and handler parameters without
# annotations whose types come from the handler bodies (stdlib.md §17).
service Counter do
  fn init(seed) do
    seed
  end

  call Bump(by) :: Int do |n|
    (n + by, n + by)
  end

  call Current() do |n|
    (n, n)
  end

  cast Zero() do |_n|
    0
  end

  cast Store(entry) do |n|
    n + String.length(entry)
  end

  call Describe(prefix) do |n|
    (n, prefix <> ": ${n}")
  end
end

fn main() do
  let c = Counter.start(10)
  println("${Counter.bump(c, 5)}")
  println("${Counter.current(c)}")
  Counter.zero(c)
  Counter.store(c, "abc")
  Counter.store(c, "de")
  println(Counter.describe(c, "count"))
end
