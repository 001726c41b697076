# Checks: a default method body in an interface is reached with method syntax (value.describe()) for an impl that omits it, while another impl overrides it; the default calls a required method on self.
interface Priced do
  fn price(self) -> Int
  fn describe(self) -> String do
    "costs " <> String.from(self.price())
  end
end

struct Ticket do
  cents :: Int
end

struct Gift do
  label :: String
end

impl Priced for Ticket do
  fn price(self) -> Int do
    self.cents
  end
end

impl Priced for Gift do
  fn price(self) -> Int do
    0
  end
  fn describe(self) -> String do
    self.label <> " is free"
  end
end

fn main() do
  let t = Ticket { cents: 250 }
  let g = Gift { label: "mug" }
  println(t.describe())
  println(g.describe())
  println("${t.price() + g.price()}")
end
