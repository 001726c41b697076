# Checks: pipes into imported functions and qualified module functions: `x |> M.f(a)` and `x |> M.f`.
import Strings.Tools
from Numbers import inc, scale

fn main() do
  let n = 4 |> inc |> scale(10)
  println("${n}")
  println("mesh" |> Tools.exclaim)
  println("a" |> Tools.repeat(3))
  let shout = "x"
    |> Tools.repeat(2)
    |> Tools.exclaim
  println(shout)
end
