# Checks: a value applied to itself needs an infinite type (E0002).
fn self_apply(f) = f(f)

fn main() do
  println("unreachable")
end
