# Checks: only the root main.mpl is the entry module; sub/main.mpl is the ordinary module Sub.Main.
from Sub.Main import hello

fn main() do
  println(hello())
end
