# Checks: E0012 for a case on an Option that has no `None` arm.
fn unwrap(o :: Option<Int>) -> Int do
  case o do
    Some(v) -> v
  end
end

fn main() do
  println("${unwrap(Some(1))}")
end
