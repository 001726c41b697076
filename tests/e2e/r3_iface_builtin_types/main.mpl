# Checks: impls of a user interface for built-in types (Int, String, Bool) called with method syntax on values of those types, next to an impl for a struct.
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String do
    if self < 0 do
      "negative"
    else
      "int " <> String.from(self)
    end
  end
end

impl Describe for String do
  fn describe(self) -> String do
    "text of " <> String.from(String.length(self))
  end
end

impl Describe for Bool do
  fn describe(self) -> String do
    if self do
      "yes"
    else
      "no"
    end
  end
end

struct Unit2 do
  n :: Int
end

impl Describe for Unit2 do
  fn describe(self) -> String do
    "unit " <> self.n.describe()
  end
end

fn main() do
  let n = 42
  let m = -1
  let s = "hello"
  let t = true
  println(n.describe())
  println(m.describe())
  println(s.describe())
  println(t.describe())
  let u = Unit2 { n: 9 }
  println(u.describe())
end
