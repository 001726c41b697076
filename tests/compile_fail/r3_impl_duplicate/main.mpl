# Checks: E0026 for a second impl of the same interface for the same type; reported at the second impl.
interface Shape do
  fn area(self) -> Int
end

struct Sq do
  side :: Int
end

impl Shape for Sq do
  fn area(self) -> Int do
    self.side * self.side
  end
end

impl Shape for Sq do
  fn area(self) -> Int do
    4 * self.side
  end
end

fn main() do
  let s = Sq { side: 2 }
  println("${s.area()}")
end
