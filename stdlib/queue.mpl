## The `Queue` module (stdlib.md §9): an immutable FIFO.

## The empty queue.
pub extern fn new<T>() -> Queue<T> = "mesh_queue_new[T]"
## `q` with `x` at the back.
pub extern fn push<T>(q :: Queue<T>, x :: T) -> Queue<T> = "mesh_queue_push"
## The front element and the rest of the queue; panics when empty.
pub extern fn pop<T>(q :: Queue<T>) -> (T, Queue<T>) = "mesh_queue_pop"
## The front element; panics when empty.
pub extern fn peek<T>(q :: Queue<T>) -> T = "mesh_queue_peek"
## The number of elements.
pub extern fn size<T>(q :: Queue<T>) -> Int = "mesh_queue_size"
## Whether the queue has no elements.
pub extern fn is_empty<T>(q :: Queue<T>) -> Bool = "mesh_queue_is_empty"
