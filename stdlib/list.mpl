## The `List` module (stdlib.md §6): immutable lists; every "update"
## returns a new list.

## The number of elements.
pub extern fn length<T>(xs :: List<T>) -> Int = "mesh_list_length"
## The element at zero-based index `i`; panics when `i` is out of range.
pub extern fn get<T>(xs :: List<T>, i :: Int) -> T = "mesh_list_get"
## A new list with `x` added at the end.
pub extern fn append<T>(xs :: List<T>, x :: T) -> List<T> = "mesh_list_append"
## The first element; panics on the empty list.
pub extern fn head<T>(xs :: List<T>) -> T = "mesh_list_head"
## All but the first element; panics on the empty list.
pub extern fn tail<T>(xs :: List<T>) -> List<T> = "mesh_list_tail"
## A reversed copy.
pub extern fn reverse<T>(xs :: List<T>) -> List<T> = "mesh_list_reverse"
## Whether the list has no elements.
pub extern fn is_empty<T>(xs :: List<T>) -> Bool = "mesh_list_is_empty"

## The empty list.
pub extern fn new<T>() -> List<T> = "mesh_list_new"
## The element at zero-based index `i` (alias of `get`); panics when out of range.
pub extern fn nth<T>(xs :: List<T>, i :: Int) -> T = "mesh_list_nth"
## The last element; panics on the empty list.
pub extern fn last<T>(xs :: List<T>) -> T = "mesh_list_last"
## `a` followed by `b`.
pub extern fn concat<T>(a :: List<T>, b :: List<T>) -> List<T> = "mesh_list_concat"
## `f` applied to each element, in order.
pub extern fn map<T, U>(xs :: List<T>, f :: Fun(T) -> U) -> List<U> = "mesh_list_map"
## The elements for which `f` is true, in order.
pub extern fn filter<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> List<T> = "mesh_list_filter"
## Left fold: `f(...f(f(init, x0), x1)..., xn)`.
pub extern fn reduce<T, U>(xs :: List<T>, init :: U, f :: Fun(U, T) -> U) -> U = "mesh_list_reduce"
## Stable sort: `cmp(a, b)` negative puts `a` first, positive puts `b` first, 0 keeps the order.
pub extern fn sort<T>(xs :: List<T>, cmp :: Fun(T, T) -> Int) -> List<T> = "mesh_list_sort"
## `Some` of the first element for which `f` is true, else `None`.
pub extern fn find<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> Option<T> = "mesh_list_find"
## Whether `f` is true for some element (stops at the first); `false` for `[]`.
pub extern fn any<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> Bool = "mesh_list_any"
## Whether `f` is true for every element (stops at the first false); `true` for `[]`.
pub extern fn all<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> Bool = "mesh_list_all"
## Membership by value equality (`==`), so strings compare by content.
pub extern fn contains<T>(xs :: List<T>, x :: T) -> Bool where T: Eq = "mesh_list_contains[T]"
## Pairs of elements at the same index, as long as the shorter list.
pub extern fn zip<T, U>(a :: List<T>, b :: List<U>) -> List<(T, U)> = "mesh_list_zip"
## `f` applied to each element, the resulting lists concatenated.
pub extern fn flat_map<T, U>(xs :: List<T>, f :: Fun(T) -> List<U>) -> List<U> = "mesh_list_flat_map"
## The inner lists concatenated.
pub extern fn flatten<T>(xss :: List<List<T>>) -> List<T> = "mesh_list_flatten"
## `(index, element)` pairs, indices from 0.
pub extern fn enumerate<T>(xs :: List<T>) -> List<(Int, T)> = "mesh_list_enumerate"
## The first `n` elements, `n` clamped to `[0, length]`.
pub extern fn take<T>(xs :: List<T>, n :: Int) -> List<T> = "mesh_list_take"
## Without the first `n` elements, `n` clamped to `[0, length]`.
pub extern fn drop<T>(xs :: List<T>, n :: Int) -> List<T> = "mesh_list_drop"
## The items of an iterator, in a list.
pub extern fn collect<T>(it :: Iter<T>) -> List<T> = "mesh_list_collect"
