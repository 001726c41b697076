# Checks: E0012 for a case on a (Bool, Bool) tuple missing the (false, false) combination.
fn both(a :: Bool, b :: Bool) -> String do
  case (a, b) do
    (true, true) -> "both"
    (true, false) -> "left"
    (false, true) -> "right"
  end
end

fn main() do
  println(both(true, true))
end
