# Checks: E0035 when importing a function that is not `pub`.
from Util import secret

fn main() do
  println("hi")
end
