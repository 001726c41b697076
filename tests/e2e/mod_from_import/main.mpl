# Checks: `from M import a, b` binds public functions; the module's private helper is used only inside it.
from MathUtils import square, cube

fn main() do
  println("${square(7)}")
  println("${cube(3)}")
  println("${square(cube(2))}")
end
