# Checks: a pub struct and functions over it imported from another module: construction, field access, functional update and == in the importer.
from Geometry.Shapes import Rect, area, grow

fn main() do
  let r = Rect { w: 3, h: 4 }
  println("${area(r)}")
  let g = grow(r, 2)
  println("${g.w}x${g.h} ${area(g)}")
  let t = %{r | h: 10}
  println("${area(t)} ${r.h}")
  let same = Rect { w: 3, h: 4 }
  println("${r == same} ${r == g}")
end
