# Checks: maps with Int and Bool keys (also negative Int keys): building with reduce, get/has_key/delete/keys/values/size and Display in insertion order.
fn main() do
  let squares = List.reduce(Range.to_list(1..5), Map.new(), fn m, i -> Map.put(m, i, i * i) end)
  println("${squares}")
  println("${Map.get(squares, 3)} ${Map.has_key(squares, 5)} ${Map.keys(squares)}")
  let fewer = Map.delete(squares, 2)
  println("${Map.values(fewer)} ${Map.size(fewer)}")
  let flags = %{true => "yes", false => "no"}
  println(Map.get(flags, false) <> " " <> Map.get(flags, true))
  let neg = %{-1 => "minus one", 0 => "zero"}
  println(Map.get(neg, -1))
end
