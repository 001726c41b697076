# Checks: truth tables of `and`, `or` and `not`.
fn show(a :: Bool, b :: Bool) -> String = "${a} ${b}: and=${a and b} or=${a or b} not_a=${not a}"

fn main() do
  println(show(true, true))
  println(show(true, false))
  println(show(false, true))
  println(show(false, false))
  println("${not not true}")
end
