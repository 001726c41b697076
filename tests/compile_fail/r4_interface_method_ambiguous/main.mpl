# Two interfaces declare `describe`: calling it on a value of unknown type is ambiguous.
interface Describe do
  fn describe(self) -> String
end

interface Label do
  fn describe(self) -> String
end

fn ambiguous(x) do
  x.describe()
end

fn main() do
  println(ambiguous(1))
end
