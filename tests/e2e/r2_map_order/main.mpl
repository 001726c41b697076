# Checks: map insertion order: a re-put key keeps its position with the new value, delete keeps the order of the rest; Map.merge (b wins, a's positions), Map.to_list, Map.from_list; duplicate keys keep the last value.
fn main() do
  let m = Map.put(Map.put(Map.put(Map.new(), "c", 1), "a", 2), "b", 3)
  println("${Map.keys(m)}")
  let m2 = Map.put(m, "c", 10)
  println("${m2}")
  let m3 = Map.put(Map.delete(m2, "a"), "a", 20)
  println("${m3}")
  let merged = Map.merge(%{"x" => 1, "y" => 2}, %{"y" => 20, "z" => 30})
  println("${merged}")
  println("${Map.to_list(merged)}")
  let listed = Map.from_list([("k1", 1), ("k2", 2)])
  println("${listed}")
  let dup = Map.from_list([("k", 1), ("k", 2)])
  println("${Map.size(dup)} ${Map.get(dup, "k")}")
  let lit = %{"a" => 1, "a" => 2}
  println("${Map.size(lit)} ${Map.get(lit, "a")}")
end
