# Checks: functions imported with `from ... import` used as first-class values: passed to List.map, stored in a list, returned from an imported function and called.
from Text.Ops import exclaim, reverse_words, pick

fn main() do
  println("${List.map(["a", "b"], exclaim)}")
  let fs = [exclaim, reverse_words]
  println("${List.map(fs, fn f -> f("one two") end)}")
  let chosen = pick(true)
  println(chosen("x y"))
  println(pick(false)("x y"))
end
