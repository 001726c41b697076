# Checks: a syntax error in a module in a nested directory names that file (lib/helpers.mpl).
from Lib.Helpers import twice

fn main() do
  println("${twice(2)}")
end
