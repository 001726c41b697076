## The `Set` module (stdlib.md §8): immutable sets that keep insertion
## order; elements compare by value (Strings by content).

## The empty set.
pub extern fn new<T>() -> Set<T> where T: Eq = "mesh_set_new[T]"
## `s` with `x` added at the end (unchanged when present).
pub extern fn add<T>(s :: Set<T>, x :: T) -> Set<T> = "mesh_set_add"
## `s` without `x` (unchanged when absent).
pub extern fn remove<T>(s :: Set<T>, x :: T) -> Set<T> = "mesh_set_remove"
## Membership.
pub extern fn contains<T>(s :: Set<T>, x :: T) -> Bool = "mesh_set_contains"
## The number of elements.
pub extern fn size<T>(s :: Set<T>) -> Int = "mesh_set_size"
## The elements of `a`, then those of `b` not in `a`.
pub extern fn union<T>(a :: Set<T>, b :: Set<T>) -> Set<T> = "mesh_set_union"
## The elements of `a` also in `b`.
pub extern fn intersection<T>(a :: Set<T>, b :: Set<T>) -> Set<T> = "mesh_set_intersection"
## The elements of `a` not in `b`.
pub extern fn difference<T>(a :: Set<T>, b :: Set<T>) -> Set<T> = "mesh_set_difference"
## The elements in insertion order.
pub extern fn to_list<T>(s :: Set<T>) -> List<T> = "mesh_set_to_list"
## The distinct elements of `xs`, first occurrences kept in order.
pub extern fn from_list<T>(xs :: List<T>) -> Set<T> where T: Eq = "mesh_set_from_list[T]"
## The distinct items of an iterator.
pub extern fn collect<T>(it :: Iter<T>) -> Set<T> where T: Eq = "mesh_set_collect[T]"
