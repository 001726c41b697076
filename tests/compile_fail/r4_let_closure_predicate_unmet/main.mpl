# Checks: E0006: a `let`-bound closure keeps the predicates of its type
# variables; each use must satisfy them.
fn main() do
  let add = fn a, b -> a + b end
  println("${add(1, 2)}")
  println("${add(true, false)}")
end
