## The `Iter` module (stdlib.md §11): lazy single-pass iterators.
## Adapters do no work until a terminal operation or a collector
## (`List.collect`, `Map.collect`, `Set.collect`, `String.collect`) pulls.

## An iterator over a collection in its order (the runtime also accepts a Map, yielding `(key, value)`, a Set and a Range).
pub extern fn from<T>(c :: List<T>) -> Iter<T> = "mesh_iter_from"
## `Some` of the next item (advancing the iterator), or `None` at the end.
pub extern fn next<T>(it :: Iter<T>) -> Option<T> = "mesh_iter_next"
## Lazily `f` of each item.
pub extern fn map<T, U>(it :: Iter<T>, f :: Fun(T) -> U) -> Iter<U> = "mesh_iter_map"
## Lazily the items for which `f` is true.
pub extern fn filter<T>(it :: Iter<T>, f :: Fun(T) -> Bool) -> Iter<T> = "mesh_iter_filter"
## At most `n` items; the source is not pulled after the `n`-th.
pub extern fn take<T>(it :: Iter<T>, n :: Int) -> Iter<T> = "mesh_iter_take"
## The items after the first `n` (discarded on the first pull).
pub extern fn skip<T>(it :: Iter<T>, n :: Int) -> Iter<T> = "mesh_iter_skip"
## `(index, item)` pairs, indices from 0.
pub extern fn enumerate<T>(it :: Iter<T>) -> Iter<(Int, T)> = "mesh_iter_enumerate"
## Pairs of items; ends when either side ends.
pub extern fn zip<T, U>(a :: Iter<T>, b :: Iter<U>) -> Iter<(T, U)> = "mesh_iter_zip"
## Consumes the iterator and counts its items.
pub extern fn count<T>(it :: Iter<T>) -> Int = "mesh_iter_count"
## The sum of the items (0 for none).
pub extern fn sum(it :: Iter<Int>) -> Int = "mesh_iter_sum"
## Whether `f` is true for some item; stops at the first.
pub extern fn any<T>(it :: Iter<T>, f :: Fun(T) -> Bool) -> Bool = "mesh_iter_any"
## Whether `f` is true for every item; stops at the first false.
pub extern fn all<T>(it :: Iter<T>, f :: Fun(T) -> Bool) -> Bool = "mesh_iter_all"
## `Some` of the first item for which `f` is true, else `None`.
pub extern fn find<T>(it :: Iter<T>, f :: Fun(T) -> Bool) -> Option<T> = "mesh_iter_find"
## Left fold of the items.
pub extern fn reduce<T>(it :: Iter<T>, init :: T, f :: Fun(T, T) -> T) -> T = "mesh_iter_reduce"
