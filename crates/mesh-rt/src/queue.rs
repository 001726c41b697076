//! The Queue object and the `Queue` module (stdlib.md §9): an immutable
//! FIFO.
//!
//! Layout (kind `STRUCT`, named `Queue`): `{ info, items: List }` with the
//! front at index 0 and the element type's static `TypeInfo` (for Display).

use crate::list::{self, elements};
use crate::object::{field_ptr, new_object, TypeDesc, HEADER_SIZE, KIND_STRUCT};
use crate::panic::runtime_error;
use crate::string;
use crate::tuple;
use crate::typeinfo::{self, TypeInfo};

/// Descriptor of every Queue object: word 1 (the list) is a pointer.
static QUEUE_DESC: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: 2,
    ptr_mask: 0b10,
    name: c"Queue".as_ptr().cast(),
};

/// The element info and items of the Queue object `queue`.
///
/// # Safety
/// `queue` must be a Queue object.
unsafe fn parts(queue: i64) -> (&'static TypeInfo, i64) {
    (typeinfo::from_word(*field_ptr(queue, 0)), *field_ptr(queue, 1))
}

fn from_parts(info: &'static TypeInfo, items: i64) -> i64 {
    let queue = new_object(HEADER_SIZE + 16, &QUEUE_DESC) as i64;
    // SAFETY: the object has two field words.
    unsafe {
        field_ptr(queue, 0).write(typeinfo::word(info));
        field_ptr(queue, 1).write(items);
    }
    queue
}

/// `Queue.new()`: the empty queue of elements described by `info`.
///
/// # Safety
/// `info` must be a `TypeInfo` address.
#[no_mangle]
pub unsafe extern "C" fn mesh_queue_new(info: i64) -> i64 {
    from_parts(typeinfo::from_word(info), list::empty())
}

/// `Queue.push(q, x)`: `q` with `x` at the back.
///
/// # Safety
/// `queue` must be a Queue object.
#[no_mangle]
pub unsafe extern "C" fn mesh_queue_push(queue: i64, x: i64) -> i64 {
    let (info, items) = parts(queue);
    let items = list::mesh_list_append(items, x);
    from_parts(info, items)
}

/// The front element, or a crash of `function` on an empty queue.
///
/// # Safety
/// `queue` must be a Queue object.
unsafe fn front(function: &str, queue: i64) -> i64 {
    match elements(parts(queue).1).first() {
        Some(&x) => x,
        None => runtime_error(function, format_args!("empty queue")),
    }
}

/// `Queue.pop(q)`: `(front, rest)`; panics on an empty queue.
///
/// # Safety
/// `queue` must be a Queue object.
#[no_mangle]
pub unsafe extern "C" fn mesh_queue_pop(queue: i64) -> i64 {
    let x = front("Queue.pop", queue);
    let (info, items) = parts(queue);
    let rest_items = list::mesh_list_drop(items, 1);
    let rest = from_parts(info, rest_items);
    tuple::pair(x, rest)
}

/// `Queue.peek(q)`: the front element; panics on an empty queue.
///
/// # Safety
/// `queue` must be a Queue object.
#[no_mangle]
pub unsafe extern "C" fn mesh_queue_peek(queue: i64) -> i64 {
    front("Queue.peek", queue)
}

/// `Queue.size(q)`.
///
/// # Safety
/// `queue` must be a Queue object.
#[no_mangle]
pub unsafe extern "C" fn mesh_queue_size(queue: i64) -> i64 {
    elements(parts(queue).1).len() as i64
}

/// `Queue.is_empty(q)`.
///
/// # Safety
/// `queue` must be a Queue object.
#[no_mangle]
pub unsafe extern "C" fn mesh_queue_is_empty(queue: i64) -> i64 {
    i64::from(elements(parts(queue).1).is_empty())
}

/// Display text of a queue, front first: `Queue[a, b]`.
///
/// # Safety
/// `queue` must be a Queue object.
#[no_mangle]
pub unsafe extern "C" fn mesh_queue_to_string(queue: i64) -> i64 {
    let (info, items) = parts(queue);
    let texts: Vec<String> = elements(items).iter().map(|&x| info.display(x)).collect();
    string::from_str(&format!("Queue[{}]", texts.join(", ")))
}
