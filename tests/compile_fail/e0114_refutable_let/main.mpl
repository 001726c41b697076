# Checks: a refutable pattern after `let` is rejected (E0114).
fn main() do
  let Some(x) = String.to_int("4")
  println("${x}")
end
