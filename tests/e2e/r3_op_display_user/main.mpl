# Checks: a hand-written `impl Display` is used by interpolation, by `v.to_string()`, by the prelude `to_string`, and for elements inside a List and an Option.
struct Money do
  cents :: Int
end

impl Display for Money do
  fn to_string(self) -> String do
    "USD " <> String.from(self.cents / 100) <> "." <> String.from(self.cents % 100)
  end
end

fn main() do
  let a = Money { cents: 250 }
  let b = Money { cents: 1075 }
  println("${a}")
  println(b.to_string())
  println(to_string(a) <> " + " <> to_string(b))
  println("${[a, b]}")
  println("${Some(b)}")
end
