# Checks: E0023 when clauses of one function are separated by another definition (reported at the later clause's name).
fn label(0) = "zero"
fn other() = 1
fn label(n) = "n"

fn main() do
  println(label(0))
end
