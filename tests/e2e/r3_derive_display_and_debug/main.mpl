# Checks: a type deriving both Display and Debug: interpolation and to_string use Display (`Name(v)`), inspect uses Debug (`Name { f: v }`); for a sum type Display and Debug agree on `Variant(v)`.
struct Temp do
  value :: Int
  unit :: String
end deriving(Display, Debug)

type Light do
  Off
  Dim(Int)
end deriving(Display, Debug)

fn main() do
  let t = Temp { value: 21, unit: "C" }
  println("${t}")
  println(t.to_string())
  println(t.inspect())
  println(inspect(t))
  let l = Dim(40)
  println("${l} ${l.inspect()} ${Off}")
end
