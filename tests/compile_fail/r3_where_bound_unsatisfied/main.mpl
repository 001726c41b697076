# Checks: E0006 when a generic function bounded `where T: Display` is called with a struct that has no Display; reported at the call.
struct Point do
  x :: Int
end deriving(Eq)

fn show<T>(v :: T) -> String where T: Display do
  to_string(v)
end

fn main() do
  let p = Point { x: 1 }
  let s = show(p)
  println(s)
end
