# Checks: polymorphic (unannotated) public functions imported from another module are used at several types (K4).
from Generic import identity, pair_up, choose, wrap_some

fn main() do
  println("${identity(5)}")
  println(identity("five"))
  println("${pair_up(1, "one")}")
  println("${pair_up(true, 2.5)}")
  println(choose(true, "left", "right"))
  println("${choose(false, 1, 2)}")
  println("${wrap_some(3)} ${wrap_some("s")}")
end
