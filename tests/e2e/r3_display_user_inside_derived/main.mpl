# Checks: a derived Display of a struct and of a sum type renders a field whose type has a hand-written Display impl through that impl, and a derived Display field inside a user impl's output.
struct Money do
  cents :: Int
end

impl Display for Money do
  fn to_string(self) -> String do
    String.from(self.cents) <> "c"
  end
end

struct Order do
  id :: Int
  price :: Money
  extras :: List<Money>
end deriving(Display)

type Charge do
  Free
  Paid(Money)
end deriving(Display)

struct Receipt do
  order :: Order
end

impl Display for Receipt do
  fn to_string(self) -> String do
    "receipt for " <> to_string(self.order)
  end
end

fn main() do
  let o = Order { id: 1, price: Money { cents: 250 }, extras: [Money { cents: 5 }] }
  println("${o}")
  let paid = Paid(Money { cents: 9 })
  println("${paid} ${Free}")
  let r = Receipt { order: o }
  println("${r}")
end
