# Checks: E0036 for `?` on an Option inside a function returning a Result (the wrong one of the two), reported at the `?` expression.
fn first_positive(xs :: List<Int>) -> Result<Int, String> do
  let h = List.find(xs, fn x -> x > 0 end)?
  Ok(h)
end

fn main() do
  println("${first_positive([1])}")
end
