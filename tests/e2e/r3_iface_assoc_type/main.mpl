# Checks: associated types: `type Item` bound differently by two impls; a method returning Self.Item yields the bound concrete type at each call site (Int arithmetic on one, String concatenation on the other).
interface Container do
  type Item
  fn first(self) -> Self.Item
  fn count(self) -> Int
end

struct Scores do
  values :: List<Int>
end

struct Names do
  values :: List<String>
end

impl Container for Scores do
  type Item = Int
  fn first(self) -> Int do
    case self.values do
      x :: _ -> x
      [] -> 0
    end
  end
  fn count(self) -> Int do
    List.length(self.values)
  end
end

impl Container for Names do
  type Item = String
  fn first(self) -> String do
    case self.values do
      x :: _ -> x
      [] -> "nobody"
    end
  end
  fn count(self) -> Int do
    List.length(self.values)
  end
end

fn main() do
  let s = Scores { values: [40, 2] }
  let n = Names { values: ["ann", "bob", "cy"] }
  let a = s.first() + 2
  let b = n.first() <> "!"
  println("${a} ${b}")
  println("${s.count()} ${n.count()}")
  let nobody = Names { values: [] }
  println(nobody.first())
end
