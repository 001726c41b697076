## The `Map` module (stdlib.md §7): immutable maps that keep insertion
## order; keys compare by value (String keys by content).

## The empty map.
pub extern fn new<K, V>() -> Map<K, V> where K: Eq = "mesh_map_new[K,V]"
## `m` with `k => v` inserted at the end, or replacing the value of `k` in place.
pub extern fn put<K, V>(m :: Map<K, V>, k :: K, v :: V) -> Map<K, V> = "mesh_map_put"
## The value of `k`; when absent, the zero value of `V` (0, 0.0, false, "") and a panic for other `V`.
pub extern fn get<K, V>(m :: Map<K, V>, k :: K) -> V = "mesh_map_get"
## `Some` of the value of `k`, or `None` when absent.
pub extern fn fetch<K, V>(m :: Map<K, V>, k :: K) -> Option<V> = "mesh_map_fetch"
## The value of `k`, or `default` when absent.
pub extern fn get_or<K, V>(m :: Map<K, V>, k :: K, default :: V) -> V = "mesh_map_get_or"
## Whether `k` is present.
pub extern fn has_key<K, V>(m :: Map<K, V>, k :: K) -> Bool = "mesh_map_has_key"
## `m` without `k` (unchanged when absent); the others keep their order.
pub extern fn delete<K, V>(m :: Map<K, V>, k :: K) -> Map<K, V> = "mesh_map_delete"
## The number of entries.
pub extern fn size<K, V>(m :: Map<K, V>) -> Int = "mesh_map_size"
## The keys in insertion order.
pub extern fn keys<K, V>(m :: Map<K, V>) -> List<K> = "mesh_map_keys"
## The values in insertion order.
pub extern fn values<K, V>(m :: Map<K, V>) -> List<V> = "mesh_map_values"
## The entries of `a`, then those of `b`; on a conflict `b`'s value wins at `a`'s position.
pub extern fn merge<K, V>(a :: Map<K, V>, b :: Map<K, V>) -> Map<K, V> = "mesh_map_merge"
## The entries as `(key, value)` tuples, in order.
pub extern fn to_list<K, V>(m :: Map<K, V>) -> List<(K, V)> = "mesh_map_to_list"
## A map of the pairs; a later duplicate key replaces the earlier value.
pub extern fn from_list<K, V>(pairs :: List<(K, V)>) -> Map<K, V> where K: Eq = "mesh_map_from_list[K,V]"
## A map of the pairs an iterator yields; later duplicates replace earlier values.
pub extern fn collect<K, V>(it :: Iter<(K, V)>) -> Map<K, V> where K: Eq = "mesh_map_collect[K,V]"
