# Checks: a `do` block after a call is not a trailing closure (E0108).
fn apply(xs) = xs

fn main() do
  apply([1, 2]) do
    println("x")
  end
end
