# Checks: E0030: a name the service does not generate.
service Counter do
  fn init() -> Int do
    0
  end

  call Get() do |n|
    (n, n)
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.fetch(c)}")
end
