# Checks: an interface with instance methods (self plus an annotated parameter) implemented by two structs; method-call syntax dispatches by the receiver's type.
interface Shape do
  fn area(self) -> Int
  fn scaled_area(self, k :: Int) -> Int
end

struct Rect do
  w :: Int
  h :: Int
end

struct Square do
  side :: Int
end

impl Shape for Rect do
  fn area(self) -> Int do
    self.w * self.h
  end
  fn scaled_area(self, k :: Int) -> Int do
    self.area() * k
  end
end

impl Shape for Square do
  fn area(self) -> Int do
    self.side * self.side
  end
  fn scaled_area(self, k :: Int) -> Int do
    self.side * self.side * k * k
  end
end

fn main() do
  let r = Rect { w: 3, h: 4 }
  let s = Square { side: 5 }
  println("${r.area()} ${s.area()}")
  println("${r.scaled_area(2)} ${s.scaled_area(2)}")
  let total = r.area() + s.area()
  println("total ${total}")
end
