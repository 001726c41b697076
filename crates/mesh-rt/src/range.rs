//! The Range object and the `Range` module (stdlib.md §9): the half-open
//! integer interval `[start, end)`, also the value of the literal `a..b`.
//!
//! Layout (kind `STRUCT`, named `Range`): `{ start, end }`, both Ints.

use crate::closure::{call1, truthy};
use crate::list::{self, set_element};
use crate::object::{field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_STRUCT};
use crate::string;

/// Descriptor of every Range object (no pointers).
static RANGE_DESC: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: 2,
    ptr_mask: 0,
    name: c"Range".as_ptr().cast(),
};

/// `(start, end)` of the Range object `range`.
///
/// # Safety
/// `range` must be a Range object.
pub unsafe fn bounds(range: i64) -> (i64, i64) {
    (*field_ptr(range, 0), *field_ptr(range, 1))
}

/// Whether `value` is a Range object.
///
/// # Safety
/// `value` must be an object.
pub unsafe fn is_range(value: i64) -> bool {
    std::ptr::eq(header(value).desc, &RANGE_DESC)
}

/// The number of integers in `[start, end)`.
fn count(start: i64, end: i64) -> usize {
    if end <= start {
        0
    } else {
        (end as i128 - start as i128) as usize
    }
}

/// `Range.new(start, end)` (and `start..end`).
#[no_mangle]
pub extern "C" fn mesh_range_new(start: i64, end: i64) -> i64 {
    let range = new_object(HEADER_SIZE + 16, &RANGE_DESC) as i64;
    // SAFETY: the object has two field words.
    unsafe {
        field_ptr(range, 0).write(start);
        field_ptr(range, 1).write(end);
    }
    range
}

/// The start of a range.
///
/// # Safety
/// `range` must be a Range object.
#[no_mangle]
pub unsafe extern "C" fn mesh_range_start(range: i64) -> i64 {
    bounds(range).0
}

/// The (exclusive) end of a range.
///
/// # Safety
/// `range` must be a Range object.
#[no_mangle]
pub unsafe extern "C" fn mesh_range_end(range: i64) -> i64 {
    bounds(range).1
}

/// `Range.length(r)`: `max(0, end - start)`.
///
/// # Safety
/// `range` must be a Range object.
#[no_mangle]
pub unsafe extern "C" fn mesh_range_length(range: i64) -> i64 {
    let (start, end) = bounds(range);
    count(start, end) as i64
}

/// `Range.to_list(r)`: the integers in order.
///
/// # Safety
/// `range` must be a Range object.
#[no_mangle]
pub unsafe extern "C" fn mesh_range_to_list(range: i64) -> i64 {
    let (start, end) = bounds(range);
    list::build(count(start, end), |slots| {
        for (offset, slot) in slots.iter_mut().enumerate() {
            *slot = start + offset as i64;
        }
    })
}

/// `Range.map(r, f)`: `f` applied to each integer, eagerly.
///
/// # Safety
/// `range` must be a Range object, `f` a closure taking an Int.
#[no_mangle]
pub unsafe extern "C" fn mesh_range_map(range: i64, f: i64) -> i64 {
    let (start, end) = bounds(range);
    let result = list::build(count(start, end), |_| {});
    for offset in 0..count(start, end) {
        let mapped = call1(f, start + offset as i64);
        set_element(result, offset, mapped);
    }
    result
}

/// `Range.filter(r, f)`: the integers for which `f` is true, eagerly.
///
/// # Safety
/// `range` must be a Range object, `f` a closure from Int to Bool.
#[no_mangle]
pub unsafe extern "C" fn mesh_range_filter(range: i64, f: i64) -> i64 {
    let (start, end) = bounds(range);
    let result = list::with_capacity(count(start, end));
    for offset in 0..count(start, end) {
        let n = start + offset as i64;
        if truthy(call1(f, n)) {
            list::push("Range.filter", result, n);
        }
    }
    result
}

/// Display text of a range: `start..end`.
///
/// # Safety
/// `range` must be a Range object.
#[no_mangle]
pub unsafe extern "C" fn mesh_range_to_string(range: i64) -> i64 {
    let (start, end) = bounds(range);
    string::from_str(&format!("{start}..{end}"))
}
