# Checks: for over lists (strings, structs, nested lists, an empty list) and the list of body values it produces, including multi-statement bodies and tuple values.
struct P do
  name :: String
  age :: Int
end

fn main() do
  let words = ["alpha", "beta", "gamma"]
  for w in words do
    println(w)
  end
  let lengths = for w in words do String.length(w) end
  println("${lengths}")
  let people = [P { name: "a", age: 30 }, P { name: "b", age: 12 }]
  let descr = for p in people do
    let kind = if p.age >= 18 do "adult" else "minor" end
    p.name <> ":" <> kind
  end
  println("${descr}")
  let grid = [[1, 2], [3], []]
  let sums = for row in grid do List.reduce(row, 0, fn a, b -> a + b end) end
  println("${sums}")
  let none :: List<Int> = []
  let nothing = for x in none do x + 1 end
  println("${nothing}")
  let pairs = for x in [1, 2] do (x, x * x) end
  println("${pairs}")
end
