//! The List object (`{ header, len, elems... }`, immutable) and the `List`
//! module functions that need no closures (stdlib.md §6), plus the
//! in-place building `for` loops use (ABI.md "Support for loops").
//!
//! Every "update" builds a new list; arguments are never changed. Empty
//! results are the static empty list, except lists built in place
//! ([`with_capacity`]), which nobody else sees while they grow.

use crate::heap;
use crate::object::{mesh_desc_list, new_object, Header, HEADER_SIZE, META_STATIC};
use crate::panic::runtime_error;
use crate::string;
use crate::tuple;
use crate::typeinfo;

/// Byte offset of the first element inside a List object.
const ELEMENTS_OFFSET: usize = HEADER_SIZE + 8;

#[repr(C, align(16))]
struct StaticList {
    header: Header,
    len: u64,
}

// SAFETY: immutable, and the header points at a static descriptor.
unsafe impl Sync for StaticList {}

static EMPTY_LIST: StaticList = StaticList {
    header: Header {
        desc: &mesh_desc_list,
        meta: META_STATIC,
    },
    len: 0,
};

/// The empty list.
pub fn empty() -> i64 {
    &EMPTY_LIST as *const StaticList as i64
}

/// A new List object of `len` elements that `fill` writes (all of them).
pub fn build(len: usize, fill: impl FnOnce(&mut [i64])) -> i64 {
    if len == 0 {
        return empty();
    }
    let object = new_object(ELEMENTS_OFFSET + 8 * len, &mesh_desc_list);
    // SAFETY: the object was allocated with room for `len` element words
    // after the length word.
    unsafe {
        object.add(HEADER_SIZE / 8).write(len as u64);
        fill(std::slice::from_raw_parts_mut(
            object.add(ELEMENTS_OFFSET / 8).cast::<i64>(),
            len,
        ));
    }
    object as i64
}

/// A new list holding a copy of `words`.
pub fn from_slice(words: &[i64]) -> i64 {
    build(words.len(), |elements| elements.copy_from_slice(words))
}

/// The element words of the List object `list`.
///
/// # Safety
/// `list` must be a List object that outlives the returned slice.
pub unsafe fn elements<'a>(list: i64) -> &'a [i64] {
    let len = *((list as *const u8).add(HEADER_SIZE) as *const u64) as usize;
    std::slice::from_raw_parts((list as *const u8).add(ELEMENTS_OFFSET) as *const i64, len)
}

/// A list literal: a new list with a copy of the `len` words at `words`.
///
/// # Safety
/// `words` must point at `len` readable words (it may be null when `len`
/// is 0).
#[no_mangle]
pub unsafe extern "C" fn mesh_list_from_array(words: *const i64, len: i64) -> i64 {
    if len <= 0 || words.is_null() {
        return empty();
    }
    from_slice(std::slice::from_raw_parts(words, len as usize))
}

/// `List.length(xs)`.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_length(list: i64) -> i64 {
    elements(list).len() as i64
}

/// `List.get(xs, i)`: the element at zero-based index `i`; panics when `i`
/// is out of range.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_get(list: i64, index: i64) -> i64 {
    element_at("List.get", list, index)
}

/// `List.nth(xs, i)`: `List.get` under its other name (its panics say
/// `List.nth`).
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_nth(list: i64, index: i64) -> i64 {
    element_at("List.nth", list, index)
}

/// The element at `index`, or a crash of `function` when out of range.
///
/// # Safety
/// `list` must be a List object.
unsafe fn element_at(function: &str, list: i64, index: i64) -> i64 {
    let elements = elements(list);
    match usize::try_from(index).ok().and_then(|i| elements.get(i)) {
        Some(&element) => element,
        None => runtime_error(
            function,
            format_args!("index {index} out of bounds (len {})", elements.len()),
        ),
    }
}

/// `List.append(xs, x)`: a new list with `x` at the end.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_append(list: i64, element: i64) -> i64 {
    let old = elements(list);
    build(old.len() + 1, |new| {
        new[..old.len()].copy_from_slice(old);
        new[old.len()] = element;
    })
}

/// `List.head(xs)`: the first element; panics on `[]`.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_head(list: i64) -> i64 {
    match elements(list).first() {
        Some(&element) => element,
        None => runtime_error("List.head", format_args!("empty list")),
    }
}

/// `List.tail(xs)`: all but the first element; panics on `[]`.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_tail(list: i64) -> i64 {
    match elements(list).split_first() {
        Some((_, rest)) => from_slice(rest),
        None => runtime_error("List.tail", format_args!("empty list")),
    }
}

/// `List.reverse(xs)`: a reversed copy.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_reverse(list: i64) -> i64 {
    let old = elements(list);
    build(old.len(), |new| {
        for (slot, &element) in new.iter_mut().zip(old.iter().rev()) {
            *slot = element;
        }
    })
}

/// `List.is_empty(xs)`: 1 for `[]`, else 0.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_is_empty(list: i64) -> i64 {
    i64::from(elements(list).is_empty())
}

/// `List.concat(a, b)`: `a` followed by `b`.
///
/// # Safety
/// `a` and `b` must be List objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_concat(a: i64, b: i64) -> i64 {
    let (first, second) = (elements(a), elements(b));
    if second.is_empty() {
        return a;
    }
    if first.is_empty() {
        return b;
    }
    build(first.len() + second.len(), |new| {
        new[..first.len()].copy_from_slice(first);
        new[first.len()..].copy_from_slice(second);
    })
}

/// Display text of a list, `[a, b, c]`, each element rendered by
/// `elem_to_string` (which returns a String object).
///
/// # Safety
/// `list` must be a List object whose elements `elem_to_string` accepts.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_to_string(
    list: i64,
    elem_to_string: extern "C" fn(i64) -> i64,
) -> i64 {
    let mut text = String::from("[");
    for (position, &element) in elements(list).iter().enumerate() {
        if position > 0 {
            text.push_str(", ");
        }
        text.push_str(string::as_str(elem_to_string(element)));
    }
    text.push(']');
    string::from_str(&text)
}

/// A new, empty List object with room for `capacity` elements, to be
/// filled with [`push`] before anybody else sees it.
pub fn with_capacity(capacity: usize) -> i64 {
    new_object(ELEMENTS_OFFSET + 8 * capacity, &mesh_desc_list) as i64
}

/// Appends `element` in place to a list made by [`with_capacity`]; crashes
/// (as `function`) when the list has no room left.
///
/// # Safety
/// `list` must be a List object nobody else has seen yet.
pub unsafe fn push(function: &str, list: i64, element: i64) {
    let len_word = (list as *mut u8).add(HEADER_SIZE) as *mut u64;
    let len = *len_word as usize;
    let needed = ELEMENTS_OFFSET + 8 * (len + 1);
    if heap::object_capacity(list).is_none_or(|capacity| capacity < needed) {
        runtime_error(function, format_args!("no room for element {len}"));
    }
    ((list as *mut u8).add(ELEMENTS_OFFSET) as *mut i64)
        .add(len)
        .write(element);
    *len_word = len as u64 + 1;
}

/// `mesh_list_alloc(capacity)`: an empty list with room for `capacity`
/// elements, for a `for` loop to fill in place.
#[no_mangle]
pub extern "C" fn mesh_list_alloc(capacity: i64) -> i64 {
    with_capacity(usize::try_from(capacity).unwrap_or(0))
}

/// `mesh_list_push(list, x)`: appends `x` in place to a list from
/// `mesh_list_alloc`; crashes beyond the capacity asked for.
///
/// # Safety
/// `list` must come from `mesh_list_alloc` and not be shared yet.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_push(list: i64, element: i64) -> i64 {
    push("List.push", list, element);
    0
}

/// `mesh_list_push_grow(list, x) -> list`: appends `x` to a list from
/// `mesh_list_alloc`, in place while it has room, else into a new list
/// with twice the room (for loops that cannot count their elements first,
/// such as `for` over an iterator). Returns the list to keep appending to.
///
/// # Safety
/// `list` must come from `mesh_list_alloc` (or this function) and not be
/// shared yet.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_push_grow(list: i64, element: i64) -> i64 {
    let old = elements(list);
    let needed = ELEMENTS_OFFSET + 8 * (old.len() + 1);
    let target = if heap::object_capacity(list).is_some_and(|capacity| capacity >= needed) {
        list
    } else {
        let grown = with_capacity((2 * old.len()).max(4));
        for &existing in elements(list) {
            push("List.push", grown, existing);
        }
        grown
    };
    push("List.push", target, element);
    target
}

/// `List.new()`: the empty list.
#[no_mangle]
pub extern "C" fn mesh_list_new() -> i64 {
    empty()
}

/// `List.last(xs)`: the last element; panics on `[]`.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_last(list: i64) -> i64 {
    match elements(list).last() {
        Some(&element) => element,
        None => runtime_error("List.last", format_args!("empty list")),
    }
}

/// `n` clamped into `[0, len]`.
fn clamp_count(n: i64, len: usize) -> usize {
    usize::try_from(n).unwrap_or(0).min(len)
}

/// `List.take(xs, n)`: the first `n` elements, `n` clamped to
/// `[0, length]`.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_take(list: i64, n: i64) -> i64 {
    let old = elements(list);
    let count = clamp_count(n, old.len());
    if count == old.len() {
        return list;
    }
    from_slice(&old[..count])
}

/// `List.drop(xs, n)`: without the first `n` elements, `n` clamped to
/// `[0, length]`.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_drop(list: i64, n: i64) -> i64 {
    let old = elements(list);
    let count = clamp_count(n, old.len());
    if count == 0 {
        return list;
    }
    from_slice(&old[count..])
}

/// `List.flatten(xss)`: the inner lists concatenated.
///
/// # Safety
/// `lists` must be a List of List objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_flatten(lists: i64) -> i64 {
    let inner = elements(lists);
    let total = inner.iter().map(|&list| elements(list).len()).sum();
    build(total, |new| {
        let mut at = 0;
        for &list in inner {
            let part = elements(list);
            new[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        }
    })
}

/// `List.zip(a, b)`: pairs of elements at the same index, as long as the
/// shorter list.
///
/// # Safety
/// `a` and `b` must be List objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_zip(a: i64, b: i64) -> i64 {
    let len = elements(a).len().min(elements(b).len());
    let result = build(len, |_| {});
    for index in 0..len {
        let pair = tuple::pair(elements(a)[index], elements(b)[index]);
        set_element(result, index, pair);
    }
    result
}

/// `List.enumerate(xs)`: `(index, element)` pairs from 0.
///
/// # Safety
/// `list` must be a List object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_enumerate(list: i64) -> i64 {
    let len = elements(list).len();
    let result = build(len, |_| {});
    for index in 0..len {
        let pair = tuple::pair(index as i64, elements(list)[index]);
        set_element(result, index, pair);
    }
    result
}

/// `List.contains(xs, x)`: membership by value equality (the element
/// type's `eq` from `info`).
///
/// # Safety
/// `list` must be a List object, `info` the `TypeInfo` of its elements.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_contains(list: i64, element: i64, info: i64) -> i64 {
    let info = typeinfo::from_word(info);
    i64::from(elements(list).iter().any(|&x| info.equal(x, element)))
}

/// Overwrites element `index` of a list being built (not yet shared).
///
/// # Safety
/// `list` must be a List object nobody else has seen, longer than `index`.
pub unsafe fn set_element(list: i64, index: usize, element: i64) {
    ((list as *mut u8).add(ELEMENTS_OFFSET) as *mut i64)
        .add(index)
        .write(element);
}
