# Checks: E0031 when the imported module does not exist in the project or the standard library.
from Nowhere import thing

fn main() do
  println("hi")
end
