# Checks: W0002: consecutive nested clauses form one function; an
# annotation on a later clause is ignored with a warning.
fn main() do
  let unit = "kg"
  fn weight(0) = "nothing"
  fn weight(n) -> String = "${n} ${unit}"
  println(weight(0))
  println(weight(3))
end
