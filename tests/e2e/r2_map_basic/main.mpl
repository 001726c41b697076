# Checks: map literals and Map.new/put/get/has_key/delete/keys/values/size; maps are immutable values; Display `%{k => v}` in insertion order, `%{}` when empty.
fn main() do
  let m = %{"apple" => 3, "pear" => 5}
  println("${m}")
  println("${Map.get(m, "apple")} ${Map.get(m, "pear")}")
  let m2 = Map.put(m, "fig", 7)
  println("${Map.size(m)} ${Map.size(m2)}")
  println("${Map.has_key(m2, "fig")} ${Map.has_key(m, "fig")}")
  let m3 = Map.delete(m2, "apple")
  println("${Map.keys(m3)} ${Map.values(m3)}")
  println("${Map.keys(m2)}")
  let empty = Map.new()
  let built = Map.put(Map.put(empty, 1, "one"), 2, "two")
  println("${built}")
  println(Map.get(built, 2))
  let e2 :: Map<String, Int> = %{}
  println("${Map.size(e2)} ${e2}")
  let unchanged = Map.delete(m, "missing")
  println("${unchanged}")
  let nested = %{"xs" => [1, 2], "ys" => []}
  println("${Map.get(nested, "xs")} ${Map.size(nested)}")
end
