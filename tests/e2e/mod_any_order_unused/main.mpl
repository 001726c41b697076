# Checks: declaration order does not matter within a module; a module nobody imports is still compiled.
from Report import render

fn main() do
  println(render(3))
  println(render(0))
end
