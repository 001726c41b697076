# Checks: E0101: a binding symbol may only list the declaration's own type
# parameters.
extern fn fresh<K, V>() -> Map<K, V> where K: Eq = "mesh_map_new[K,W]"

fn main() do
  println("${Map.size(fresh())}")
end
