# Checks: E0001: a call handler's body is the pair (new state, reply)
# (language.md §3.9.2).
service Counter do
  fn init() -> Int do
    0
  end

  call Get() :: Int do |n|
    n
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.get(c)}")
end
