# Checks: the smallest program prints one line with println.
fn main() do
  println("Hello, world!")
end
