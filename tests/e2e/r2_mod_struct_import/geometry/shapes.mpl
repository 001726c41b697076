# Module Geometry.Shapes: a struct and functions over it.
pub struct Rect do
  w :: Int
  h :: Int
end

pub fn area(r :: Rect) -> Int = r.w * r.h

pub fn grow(r :: Rect, by :: Int) -> Rect do
  Rect { w: r.w + by, h: r.h + by }
end
