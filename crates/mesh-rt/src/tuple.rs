//! Tuple objects the runtime builds (pairs of `List.zip`, `Map.to_list`,
//! ...) and the `Tuple` module (stdlib.md §9).
//!
//! A tuple is an object whose words are its elements; its descriptor's
//! `n_fields` is the arity.

use crate::object::{field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_TUPLE};
use crate::panic::runtime_error;

/// Descriptor of every pair the runtime builds: both elements may be
/// pointers (a set bit on a scalar word is harmless, ABI.md rule 3).
static PAIR_DESC: TypeDesc = TypeDesc {
    kind: KIND_TUPLE,
    n_fields: 2,
    ptr_mask: 0b11,
    name: c"Tuple".as_ptr().cast(),
};

/// A new pair `(first, second)`.
pub fn pair(first: i64, second: i64) -> i64 {
    let object = new_object(HEADER_SIZE + 16, &PAIR_DESC) as i64;
    // SAFETY: the object has two field words.
    unsafe {
        field_ptr(object, 0).write(first);
        field_ptr(object, 1).write(second);
    }
    object
}

/// The elements of a pair.
///
/// # Safety
/// `tuple` must be a tuple object with at least two elements.
pub unsafe fn pair_elements(tuple: i64) -> (i64, i64) {
    (*field_ptr(tuple, 0), *field_ptr(tuple, 1))
}

/// The arity of the tuple object `tuple`.
///
/// # Safety
/// `tuple` must be a tuple object.
unsafe fn arity(tuple: i64) -> usize {
    (*header(tuple).desc).n_fields as usize
}

/// Element `index` of `tuple`, or a crash of `function` when out of range.
///
/// # Safety
/// `tuple` must be a tuple object.
unsafe fn element(function: &str, tuple: i64, index: i64) -> i64 {
    let size = arity(tuple);
    match usize::try_from(index) {
        Ok(i) if i < size => *field_ptr(tuple, i),
        _ => runtime_error(function, format_args!("index {index} out of bounds (size {size})")),
    }
}

/// `Tuple.first(t)`: element 0.
///
/// # Safety
/// `tuple` must be a tuple object.
#[no_mangle]
pub unsafe extern "C" fn mesh_tuple_first(tuple: i64) -> i64 {
    element("Tuple.first", tuple, 0)
}

/// `Tuple.second(t)`: element 1; panics for 1-tuples.
///
/// # Safety
/// `tuple` must be a tuple object.
#[no_mangle]
pub unsafe extern "C" fn mesh_tuple_second(tuple: i64) -> i64 {
    element("Tuple.second", tuple, 1)
}

/// `Tuple.nth(t, i)`: element `i`; panics when out of range.
///
/// # Safety
/// `tuple` must be a tuple object.
#[no_mangle]
pub unsafe extern "C" fn mesh_tuple_nth(tuple: i64, index: i64) -> i64 {
    element("Tuple.nth", tuple, index)
}

/// `Tuple.size(t)`: the arity.
///
/// # Safety
/// `tuple` must be a tuple object.
#[no_mangle]
pub unsafe extern "C" fn mesh_tuple_size(tuple: i64) -> i64 {
    arity(tuple) as i64
}
