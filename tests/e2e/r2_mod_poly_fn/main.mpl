# Checks: polymorphic (unannotated) functions imported from another module (K4) used at several types, including higher-order ones called with closures.
from Poly import map_pair, first_or, twice, count_where

fn main() do
  println("${map_pair((1, 2), fn x -> x * 10 end)}")
  println("${map_pair(("a", "bc"), fn s -> String.length(s) end)}")
  println("${first_or([5, 6], 0)} ${first_or([], "empty")}")
  println("${twice(fn x -> x + 1 end, 5)} ${twice(fn s -> s <> "!" end, "hey")}")
  println("${count_where([1, 2, 3, 4], fn x -> x > 2 end)} ${count_where(["a", "bb"], fn s -> String.length(s) == 2 end)}")
end
