# Checks: `impl Add for Money` makes `a + b` call the user's add (result type Output = Money), chained and inside a reduce; Int `+` is unaffected.
struct Money do
  cents :: Int
end

impl Add for Money do
  type Output = Money
  fn add(self, other :: Money) -> Money do
    Money { cents: self.cents + other.cents }
  end
end

fn main() do
  let a = Money { cents: 150 }
  let b = Money { cents: 275 }
  let c = a + b
  println("${c.cents}")
  let d = a + b + Money { cents: 5 }
  println("${d.cents}")
  let total = List.reduce([a, b, c], Money { cents: 0 }, fn acc, m -> acc + m end)
  println("${total.cents}")
  println("${1 + 2}")
end
