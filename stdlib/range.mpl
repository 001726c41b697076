## The `Range` module (stdlib.md §9): the half-open integer interval
## `[start, end)`, also written `start..end`.

## `[start, stop)`; empty when `stop <= start`.
pub extern fn new(start :: Int, stop :: Int) -> Range = "mesh_range_new"
## All the integers, in order.
pub extern fn to_list(r :: Range) -> List<Int> = "mesh_range_to_list"
## `f` applied to each integer, eagerly.
pub extern fn map(r :: Range, f :: Fun(Int) -> Int) -> List<Int> = "mesh_range_map"
## The integers for which `f` is true, eagerly.
pub extern fn filter(r :: Range, f :: Fun(Int) -> Bool) -> List<Int> = "mesh_range_filter"
## `max(0, end - start)`.
pub extern fn length(r :: Range) -> Int = "mesh_range_length"
