# Checks: E0011 when one alternative of an or-pattern binds a name and the other does not (reported at the or-pattern).
fn value(o :: Option<Int>) -> Int do
  case o do
    Some(x) | None -> 1
  end
end

fn main() do
  println("${value(None)}")
end
