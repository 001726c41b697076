# Checks: E0006 for `+` on a user struct that has no `impl Add`; reported at the addition.
struct Money do
  cents :: Int
end

fn main() do
  let a = Money { cents: 1 }
  let b = Money { cents: 2 }
  let c = a + b
  println("${c.cents}")
end
