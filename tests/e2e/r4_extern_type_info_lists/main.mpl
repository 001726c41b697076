# A binding symbol lists type parameters by name; the runtime gets the
# TypeInfo of each listed parameter in list order, whatever the order of
# the declaration's generics.
extern fn fresh_map<V, K>() -> Map<K, V> where K: Eq = "mesh_map_new[K,V]"
extern fn has<T>(xs :: List<T>, x :: T) -> Bool where T: Eq = "mesh_list_contains[T]"

fn main() do
  let key = "app" <> "le"
  let m = fresh_map() |> Map.put("apple", 3) |> Map.put("pear", 5) |> Map.put(key, 4)
  println("${Map.size(m)}")
  println("${Map.get(m, "apple")} ${Map.get(m, "pe" <> "ar")}")
  println("${has(["x", "y"], "x" <> "")} ${has([1, 2], 3)}")
end
