# Checks: two modules each with a private `helper` (different types) and main's own `helper` do not interfere (K9).
from Alpha import alpha_value
from Beta import beta_value

fn helper() -> String = "main helper"

fn main() do
  println(alpha_value())
  println(beta_value())
  println(helper())
end
