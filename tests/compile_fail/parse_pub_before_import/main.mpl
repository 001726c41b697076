# Checks: P0001 when `pub` is followed by something that cannot be public (an import).
pub import Util

fn main() do
  println("hi")
end
