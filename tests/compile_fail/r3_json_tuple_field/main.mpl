# Checks: E0038 for deriving(Json) on a struct with a tuple field (not JSON-serializable); reported at the field.
struct Segment do
  name :: String
  ends :: (Int, Int)
end deriving(Json)

fn main() do
  let s = Segment { name: "a", ends: (1, 2) }
  println(s.name)
end
