# Checks: user interfaces as where bounds, the Interface.method(x) form, inferred bounds on unannotated parameters, and a default method called on a type parameter (language.md §3.1.5, §3.7, §6.6).
interface Describe do
  fn describe(self) -> String
  fn shout(self, times :: Int) -> String do
    if times <= 1 do
      self.describe()
    else
      self.describe() <> "!" <> self.shout(times - 1)
    end
  end
end

struct Dog do
  name :: String
end

type Shape do
  Circle(Int)
  Square(Int)
end

impl Describe for Dog do
  fn describe(self) -> String do
    "dog ${self.name}"
  end
end

impl Describe for Shape do
  fn describe(self) -> String do
    case self do
      Circle(r) -> "circle ${r}"
      Square(s) -> "square ${s}"
    end
  end
end

impl Describe for Int do
  fn describe(self) -> String do
    "int ${self}"
  end
end

fn show_all<T>(xs :: List<T>) -> String where T: Describe do
  String.join(List.map(xs, fn x -> x.describe() end), ", ")
end

fn static_form<T>(x :: T) -> String where T: Describe do
  Describe.describe(x)
end

fn inferred(x) do
  "<" <> x.describe() <> ">"
end

fn twice(x) do
  x.shout(2)
end

fn main() do
  println(show_all([Dog { name: "rex" }, Dog { name: "fido" }]))
  println(show_all([Circle(1), Square(2)]))
  println(show_all([1, 2, 3]))
  println(static_form(Square(5)))
  println(inferred(Dog { name: "a" }))
  println(inferred(7))
  println(twice(Circle(3)))
  println(Describe.describe(Dog { name: "direct" }))
  let empty :: List<Int> = []
  println("[${show_all(empty)}]")
end
