## The `List` module (stdlib.md §6): the operations that need no closures.

pub extern fn length<T>(xs :: List<T>) -> Int = "mesh_list_length"
## Panics when `i` is out of range.
pub extern fn get<T>(xs :: List<T>, i :: Int) -> T = "mesh_list_get"
pub extern fn append<T>(xs :: List<T>, x :: T) -> List<T> = "mesh_list_append"
## Panics on the empty list.
pub extern fn head<T>(xs :: List<T>) -> T = "mesh_list_head"
## Panics on the empty list.
pub extern fn tail<T>(xs :: List<T>) -> List<T> = "mesh_list_tail"
pub extern fn reverse<T>(xs :: List<T>) -> List<T> = "mesh_list_reverse"
pub extern fn is_empty<T>(xs :: List<T>) -> Bool = "mesh_list_is_empty"
