# A user-interface bound is checked at each instantiation: explicit, inferred and Interface.method forms.
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String do
    "int"
  end
end

fn show<T>(x :: T) -> String where T: Describe do
  x.describe()
end

fn inferred(x) do
  Describe.describe(x)
end

fn main() do
  println(show(1))
  println(show("text"))
  println(inferred(true))
  println(Describe.describe(2.5))
end
