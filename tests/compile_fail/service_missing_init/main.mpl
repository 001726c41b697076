# Checks: E0113: a service needs exactly one `fn init`.
service Counter do
  call Get() do |n|
    (n, n)
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.get(c)}")
end
