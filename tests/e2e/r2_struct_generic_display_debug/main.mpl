# Checks: Display and Debug of generic structs: deriving(Display) on Slot<T> renders Slot(v) for several T (nested too); a generic struct without deriving interpolates as Box { item: v, size: n }.
struct Slot<T> do
  item :: T
end deriving(Display)

struct Box<T> do
  item :: T
  size :: Int
end

fn main() do
  let s1 = Slot { item: "hi" }
  let s2 = Slot { item: 3.5 }
  let s3 = Slot { item: [1, 2] }
  let s4 = Slot { item: Slot { item: 7 } }
  println("${s1} ${s2} ${s3} ${s4}")
  let b1 = Box { item: 5, size: 1 }
  let b2 = Box { item: "five", size: 2 }
  println("${b1}")
  println("${b2}")
  println(inspect(Box { item: true, size: 0 }))
end
