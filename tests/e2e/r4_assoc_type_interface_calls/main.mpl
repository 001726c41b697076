# Checks: methods of an interface with associated types on values of unknown type (language.md §3.7): one whose signature does not name an associated type is called through a `where` bound (and through the interface's default method), and one returning `Self.Item` on a let-bound closure's parameter is decided once the parameter's type is known.
interface Priced do
  type Currency
  fn price(self) -> Int
  fn describe(self) -> String do
    "costs ${self.price()}"
  end
end

struct Ticket do
  cents :: Int
end

impl Priced for Ticket do
  type Currency = String
  fn price(self) -> Int do
    self.cents
  end
end

struct Meal do
  euros :: Int
end

impl Priced for Meal do
  type Currency = Int
  fn price(self) -> Int do
    self.euros * 100
  end
end

interface Container do
  type Item
  fn first(self) -> Self.Item
end

struct Names do
  all :: List<String>
end

impl Container for Names do
  type Item = String
  fn first(self) -> String do
    List.head(self.all)
  end
end

fn total<T>(a :: T, b :: T) -> Int where T: Priced do
  a.price() + b.price()
end

fn label<T>(x :: T) -> String where T: Priced do
  x.describe()
end

fn main() do
  println("${total(Ticket { cents: 250 }, Ticket { cents: 50 })}")
  println("${total(Meal { euros: 3 }, Meal { euros: 4 })}")
  println(label(Meal { euros: 2 }))
  let opening = fn c -> c.first() end
  let word = opening(Names { all: ["alpha", "beta"] })
  println("${String.length(word)} ${word}")
end
