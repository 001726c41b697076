//! The List object (`{ header, len, elems... }`, immutable) and the `List`
//! module functions that need no closures (stdlib.md §6).
//!
//! Every "update" builds a new list; arguments are never changed. All empty
//! results are one static empty list.

use crate::object::{mesh_desc_list, new_object, Header, HEADER_SIZE, META_STATIC};
use crate::panic::runtime_error;
use crate::string;

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
    let elements = elements(list);
    match usize::try_from(index).ok().and_then(|i| elements.get(i)) {
        Some(&element) => element,
        None => runtime_error(
            "List.get",
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
