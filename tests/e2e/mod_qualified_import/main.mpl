# Checks: `import M` enables qualified calls `M.f(...)`.
import Geometry

fn main() do
  println("${Geometry.rect_area(3, 4)}")
  println(Geometry.describe(2, 5))
  println("${Geometry.circle_area(1.0)}")
end
