# Checks: E0022 when a catch-all clause of a multi-clause function is not the last clause.
fn describe(n) = "many"
fn describe(0) = "zero"

fn main() do
  println(describe(0))
end
