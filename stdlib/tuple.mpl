## The `Tuple` module (stdlib.md §9). These bindings are typed for pairs;
## the runtime reads the arity of any tuple.

## Element 0.
pub extern fn first<A, B>(t :: (A, B)) -> A = "mesh_tuple_first"
## Element 1.
pub extern fn second<A, B>(t :: (A, B)) -> B = "mesh_tuple_second"
## Element `i`; panics when out of range.
pub extern fn nth<T>(t :: (T, T), i :: Int) -> T = "mesh_tuple_nth"
## The arity.
pub extern fn size<A, B>(t :: (A, B)) -> Int = "mesh_tuple_size"
