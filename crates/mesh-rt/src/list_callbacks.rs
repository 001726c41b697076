//! The `List` functions that call function values (stdlib.md §6, and the
//! prelude's `map`/`filter`/`reduce`, §2): map, filter, reduce, sort,
//! find, any, all, flat_map.
//!
//! A callback may allocate and so collect. Each function therefore keeps
//! its argument list and its result in its own locals (the stack is
//! scanned) and allocates the result before the first call, filling it in
//! place; nothing is held only in a Rust collection.

use crate::closure::{call1, call2, truthy};
use crate::list::{self, elements, set_element};
use crate::sum;

/// `List.map(xs, f)`: `f` applied to each element, in order.
///
/// # Safety
/// `list` must be a List object, `f` a closure taking one element.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_map(list: i64, f: i64) -> i64 {
    let len = elements(list).len();
    let result = list::build(len, |_| {});
    for index in 0..len {
        let mapped = call1(f, elements(list)[index]);
        set_element(result, index, mapped);
    }
    result
}

/// `List.filter(xs, f)`: the elements for which `f` is true, in order.
///
/// # Safety
/// `list` must be a List object, `f` a closure from an element to Bool.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_filter(list: i64, f: i64) -> i64 {
    let len = elements(list).len();
    let result = list::with_capacity(len);
    for index in 0..len {
        let element = elements(list)[index];
        if truthy(call1(f, element)) {
            list::push("List.filter", result, element);
        }
    }
    result
}

/// `List.reduce(xs, init, f)`: the left fold `f(...f(f(init, x0), x1)..., xn)`.
///
/// # Safety
/// `list` must be a List object, `f` a closure taking the accumulator and
/// an element.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_reduce(list: i64, init: i64, f: i64) -> i64 {
    let mut accumulator = init;
    for index in 0..elements(list).len() {
        accumulator = call2(f, accumulator, elements(list)[index]);
    }
    accumulator
}

/// `List.find(xs, f)`: `Some` of the first element for which `f` is true,
/// else `None`.
///
/// # Safety
/// `list` must be a List object, `f` a closure from an element to Bool.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_find(list: i64, f: i64) -> i64 {
    for index in 0..elements(list).len() {
        let element = elements(list)[index];
        if truthy(call1(f, element)) {
            return sum::some(element);
        }
    }
    sum::none()
}

/// `List.any(xs, f)`: whether `f` is true for some element; stops at the
/// first.
///
/// # Safety
/// `list` must be a List object, `f` a closure from an element to Bool.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_any(list: i64, f: i64) -> i64 {
    for index in 0..elements(list).len() {
        if truthy(call1(f, elements(list)[index])) {
            return 1;
        }
    }
    0
}

/// `List.all(xs, f)`: whether `f` is true for every element; stops at the
/// first false.
///
/// # Safety
/// `list` must be a List object, `f` a closure from an element to Bool.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_all(list: i64, f: i64) -> i64 {
    for index in 0..elements(list).len() {
        if !truthy(call1(f, elements(list)[index])) {
            return 0;
        }
    }
    1
}

/// `List.flat_map(xs, f)`: `f` applied to each element, the resulting
/// lists concatenated.
///
/// # Safety
/// `list` must be a List object, `f` a closure from an element to a List.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_flat_map(list: i64, f: i64) -> i64 {
    let parts = mesh_list_map(list, f);
    list::mesh_list_flatten(parts)
}

/// `List.sort(xs, cmp)`: a stably sorted copy; `cmp(a, b)` negative puts
/// `a` first, 0 keeps the original order, positive puts `b` first.
///
/// The sort works on element indices (merge sort, which never assumes
/// `cmp` is consistent), so the elements stay held by `xs` while `cmp`
/// runs.
///
/// # Safety
/// `list` must be a List object, `cmp` a closure taking two elements and
/// returning an Int.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_sort(list: i64, cmp: i64) -> i64 {
    let order = merge_sort_indices(elements(list).len(), |a, b| {
        call2(cmp, elements(list)[a], elements(list)[b]) > 0
    });
    let result = list::build(order.len(), |_| {});
    for (slot, &index) in order.iter().enumerate() {
        set_element(result, slot, elements(list)[index]);
    }
    result
}

/// The indices `0..len` stably sorted by a merge sort; `after(a, b)` says
/// that index `a` must come after index `b`.
pub fn merge_sort_indices(len: usize, mut after: impl FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut buffer = order.clone();
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right, mut out) = (start, middle, start);
            while left < middle && right < end {
                if after(order[left], order[right]) {
                    buffer[out] = order[right];
                    right += 1;
                } else {
                    buffer[out] = order[left];
                    left += 1;
                }
                out += 1;
            }
            buffer[out..out + middle - left].copy_from_slice(&order[left..middle]);
            out += middle - left;
            buffer[out..out + end - right].copy_from_slice(&order[right..end]);
            start = end;
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    order
}
