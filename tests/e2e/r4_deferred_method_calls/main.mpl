# Checks: method calls on a receiver whose type is unknown when checked (closure parameters of let-bound closures) are decided once the type is known (language.md §6.5.5): standard-library fallback, struct field function, to_string, a user interface method.
struct Counter do
  step :: Fun(Int) -> Int
  label :: String
end

interface Weight do
  fn weight(self) -> Int
end

struct Stone do
  kg :: Int
end

impl Weight for Stone do
  fn weight(self) -> Int do
    self.kg
  end
end

fn main() do
  let pick = fn a, b -> if a.length() > 2 do a else b end end
  println(pick("abcd", "xy"))
  let apply = fn c, n -> c.step(n) end
  let c = Counter { step: fn n -> n + 10 end, label: "ten" }
  println("${apply(c, 5)}")
  let words = fn m -> m.keys() end
  println("${words(Map.put(Map.new(), "k", 1))}")
  let shown = fn x -> x.to_string() end
  println(shown(42))
  let heavy = fn s -> s.weight() * 2 end
  println("${heavy(Stone { kg: 4 })}")
end
