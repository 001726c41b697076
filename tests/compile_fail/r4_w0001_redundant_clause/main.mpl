# Checks: W0001: a clause made unreachable by earlier unguarded clauses is
# redundant (language.md §3.1.4 rule 9); guarded clauses do not count.
fn sign(0) = "zero"
fn sign(n) when n < 0 = "negative"
fn sign(0) = "never"
fn sign(n) = "positive ${n}"

fn main() do
  println(sign(3))
end
