# Checks: constructors as function values: Some, Ok, Err and user variants with one and two fields, passed to List.map and bound to variables.
type Shape do
  Circle(Int)
  Rect(Int, Int)
end

fn area(s :: Shape) -> Int do
  case s do
    Circle(r) -> 3 * r * r
    Rect(w, h) -> w * h
  end
end

fn main() do
  println("${List.map([1, 2], Some)}")
  let oks :: List<Result<Int, String>> = List.map([7], Ok)
  println("${oks}")
  let errs :: List<Result<Int, String>> = List.map(["x", "y"], Err)
  println("${errs}")
  let circles = List.map([1, 2, 3], Circle)
  println("${List.map(circles, area)}")
  let mk = Rect
  println("${area(mk(4, 5))}")
  let rects = List.map([1, 2], fn w -> mk(w, 10) end)
  println("${List.map(rects, area)}")
  let wrap = Some
  println("${wrap("w")}")
end
