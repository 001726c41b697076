# Module Geometry: public functions, one calling a private one.
pub fn rect_area(w :: Int, h :: Int) -> Int = w * h

pub fn describe(w :: Int, h :: Int) -> String = "${w}x${h} rectangle, area ${rect_area(w, h)}"

pub fn circle_area(r :: Float) -> Float = pi() * r * r

fn pi() -> Float = 3.14159
