# Checks: E0012 for a case on a Bool that has no `false` arm.
fn describe(b :: Bool) -> String do
  case b do
    true -> "yes"
  end
end

fn main() do
  println(describe(true))
end
