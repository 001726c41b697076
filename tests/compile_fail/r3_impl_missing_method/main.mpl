# Checks: E0007 when an impl omits a required interface method (no default body); reported at the impl.
interface Shape do
  fn area(self) -> Int
  fn name(self) -> String
end

struct Sq do
  side :: Int
end

impl Shape for Sq do
  fn area(self) -> Int do
    self.side * self.side
  end
end

fn main() do
  let s = Sq { side: 2 }
  println("${s.area()}")
end
