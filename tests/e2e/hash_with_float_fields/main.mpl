# Checks: values holding Floats hash equal when equal (also -0.0 and 0.0), and work as Map keys and Set elements.
struct P do
  x :: Float
  n :: Int
end

fn main() do
  let a = P { x: 1.5, n: 2 }
  let b = P { x: 1.5, n: 2 }
  let z = P { x: 0.0, n: 1 }
  let nz = P { x: -0.0, n: 1 }
  println("${a.hash() == b.hash()} ${z.hash() == nz.hash()} ${(1.5, 2).hash() == (1.5, 2).hash()}")
  let m = Map.put(Map.put(Map.new(), a, "a"), z, "z")
  println("${Map.get(m, b)} ${Map.get(m, nz)} ${Map.size(m)}")
  let s = Set.add(Set.add(Set.new(), 2.5), 2.5)
  println("${Set.size(s)}")
end
