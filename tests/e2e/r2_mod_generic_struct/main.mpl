# Checks: a generic struct imported from another module, instantiated at several types in the importer, with imported generic functions and its derived Display (bare type name).
from Containers.Box import Box, wrap, map_box

fn main() do
  let a = wrap(1)
  let b = wrap("one")
  let c = Box { value: [1, 2], label: "list" }
  println("${a.value + 1} ${b.value} ${c.value}")
  let d = map_box(a, fn x -> x * 100 end)
  println("${d.value} ${d.label}")
  let e = map_box(b, fn s -> String.length(s) end)
  println("${e}")
  println("${c}")
end
