# Checks: indexing with [] is rejected with a pointer to List.get (E0107).
fn main() do
  let xs = [1, 2, 3]
  println("${xs[0]}")
end
