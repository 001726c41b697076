# An impl for a generic type holds only where its `where` bounds do; a bound on an undeclared parameter is an error.
interface Describe do
  fn describe(self) -> String
end

struct Box<T> do
  item :: T
end

struct Crate<T> do
  items :: List<T>
end

impl Describe for Int do
  fn describe(self) -> String do
    "int"
  end
end

impl Describe for Box where T: Describe do
  fn describe(self) -> String do
    self.item.describe()
  end
end

impl Describe for Crate where X: Describe do
  fn describe(self) -> String do
    "crate"
  end
end

fn show<T>(x :: T) -> String where T: Describe do
  x.describe()
end

fn main() do
  println(show(Box { item: 1 }))
  println(show(Box { item: true }))
  println(Box { item: "s" }.describe())
end
