# Checks: E0027 when two interfaces implemented for the same type both provide the called method; reported at the method name.
interface Loud do
  fn describe(self) -> String
end

interface Quiet do
  fn describe(self) -> String
end

struct Dog do
  name :: String
end

impl Loud for Dog do
  fn describe(self) -> String do
    "WOOF " <> self.name
  end
end

impl Quiet for Dog do
  fn describe(self) -> String do
    "woof " <> self.name
  end
end

fn main() do
  let d = Dog { name: "rex" }
  println(d.describe())
end
