# Checks: user impls of Sub, Mul and Neg: `a - b` and prefix `-v` produce Vec2 (Output = Vec2) while `a * b` has Output = Int (dot product), so its result takes part in Int arithmetic.
struct Vec2 do
  x :: Int
  y :: Int
end

impl Sub for Vec2 do
  type Output = Vec2
  fn sub(self, other :: Vec2) -> Vec2 do
    Vec2 { x: self.x - other.x, y: self.y - other.y }
  end
end

impl Mul for Vec2 do
  type Output = Int
  fn mul(self, other :: Vec2) -> Int do
    self.x * other.x + self.y * other.y
  end
end

impl Neg for Vec2 do
  type Output = Vec2
  fn neg(self) -> Vec2 do
    Vec2 { x: 0 - self.x, y: 0 - self.y }
  end
end

fn main() do
  let a = Vec2 { x: 5, y: 7 }
  let b = Vec2 { x: 2, y: 3 }
  let d = a - b
  println("${d.x} ${d.y}")
  let n = -a
  println("${n.x} ${n.y}")
  let dot = a * b
  println("${dot + 1}")
  let e = -(a - b)
  println("${e.x} ${e.y}")
  println("${-4 * 2}")
end
