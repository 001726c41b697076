//! The Set object and the `Set` module (stdlib.md §8): immutable sets in
//! insertion order, elements compared through the element type's
//! `TypeInfo` (so Strings compare by content).
//!
//! Layout (kind `STRUCT`, named `Set`): `{ info, elements: List }`, the
//! info being the static `TypeInfo` the set was created with.

use crate::heap;
use crate::list::{self, elements};
use crate::object::{field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_STRUCT};
use crate::string;
use crate::typeinfo::{self, TypeInfo};

/// Descriptor of every Set object: word 1 (the list) is a pointer.
static SET_DESC: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: 2,
    ptr_mask: 0b10,
    name: c"Set".as_ptr().cast(),
};

/// The element info and element list of the Set object `set`.
///
/// # Safety
/// `set` must be a Set object.
pub unsafe fn parts(set: i64) -> (&'static TypeInfo, i64) {
    (typeinfo::from_word(*field_ptr(set, 0)), *field_ptr(set, 1))
}

/// Whether `value` is a Set object.
///
/// # Safety
/// `value` must be an object.
pub unsafe fn is_set(value: i64) -> bool {
    std::ptr::eq(header(value).desc, &SET_DESC)
}

/// A new Set object of the (distinct) elements of the List `items`.
pub fn from_parts(info: &'static TypeInfo, items: i64) -> i64 {
    let set = new_object(HEADER_SIZE + 16, &SET_DESC) as i64;
    // SAFETY: the object has two field words.
    unsafe {
        field_ptr(set, 0).write(typeinfo::word(info));
        field_ptr(set, 1).write(items);
    }
    set
}

fn contains(info: &TypeInfo, items: &[i64], x: i64) -> bool {
    items.iter().any(|&item| info.equal(item, x))
}

/// A set of the words `source` yields, duplicates dropped (first kept).
///
/// # Safety
/// The words must be values of `info`'s type; callers keep their source
/// alive.
pub unsafe fn from_words(info: &'static TypeInfo, source: impl IntoIterator<Item = i64>) -> i64 {
    let _guard = heap::no_collection();
    let mut items: Vec<i64> = Vec::new();
    for x in source {
        if !contains(info, &items, x) {
            items.push(x);
        }
    }
    let list = list::from_slice(&items);
    from_parts(info, list)
}

/// `Set.new()`: the empty set of elements described by `info`.
///
/// # Safety
/// `info` must be a `TypeInfo` address.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_new(info: i64) -> i64 {
    from_parts(typeinfo::from_word(info), list::empty())
}

/// `Set.add(s, x)`: `s` with `x` (the same set if already present).
///
/// # Safety
/// `set` must be a Set object, `x` of its element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_add(set: i64, x: i64) -> i64 {
    let (info, items) = parts(set);
    if contains(info, elements(items), x) {
        return set;
    }
    let items = list::mesh_list_append(items, x);
    from_parts(info, items)
}

/// `Set.remove(s, x)`: `s` without `x` (the same set if absent).
///
/// # Safety
/// `set` must be a Set object, `x` of its element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_remove(set: i64, x: i64) -> i64 {
    let (info, items) = parts(set);
    if !contains(info, elements(items), x) {
        return set;
    }
    from_words(info, elements(items).iter().copied().filter(|&item| !info.equal(item, x)))
}

/// `Set.contains(s, x)`: membership by value.
///
/// # Safety
/// `set` must be a Set object, `x` of its element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_contains(set: i64, x: i64) -> i64 {
    let (info, items) = parts(set);
    i64::from(contains(info, elements(items), x))
}

/// `Set.size(s)`: the number of elements.
///
/// # Safety
/// `set` must be a Set object.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_size(set: i64) -> i64 {
    elements(parts(set).1).len() as i64
}

/// Element `index` (0-based, insertion order), for `for` loops.
///
/// # Safety
/// `set` must be a Set object with more than `index` elements.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_at(set: i64, index: i64) -> i64 {
    list::mesh_list_get(parts(set).1, index)
}

/// `Set.union(a, b)`: the elements of `a`, then those of `b` not in `a`.
///
/// # Safety
/// `a` and `b` must be Set objects of the same element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_union(a: i64, b: i64) -> i64 {
    let (info, first) = parts(a);
    let second = parts(b).1;
    from_words(info, elements(first).iter().chain(elements(second)).copied())
}

/// `Set.intersection(a, b)`: the elements of `a` also in `b`.
///
/// # Safety
/// `a` and `b` must be Set objects of the same element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_intersection(a: i64, b: i64) -> i64 {
    let (info, first) = parts(a);
    let second = elements(parts(b).1);
    from_words(info, elements(first).iter().copied().filter(|&x| contains(info, second, x)))
}

/// `Set.difference(a, b)`: the elements of `a` not in `b`.
///
/// # Safety
/// `a` and `b` must be Set objects of the same element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_difference(a: i64, b: i64) -> i64 {
    let (info, first) = parts(a);
    let second = elements(parts(b).1);
    from_words(info, elements(first).iter().copied().filter(|&x| !contains(info, second, x)))
}

/// `Set.to_list(s)`: the elements in insertion order.
///
/// # Safety
/// `set` must be a Set object.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_to_list(set: i64) -> i64 {
    parts(set).1
}

/// `Set.from_list(xs)`: the distinct elements of `xs`, first occurrences
/// kept in order.
///
/// # Safety
/// `list` must be a List object, `info` the `TypeInfo` of its elements.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_from_list(list: i64, info: i64) -> i64 {
    from_words(typeinfo::from_word(info), elements(list).iter().copied())
}

/// Display text of a set: `#{a, b}` in insertion order.
///
/// # Safety
/// `set` must be a Set object.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_to_string(set: i64) -> i64 {
    let (info, items) = parts(set);
    let texts: Vec<String> = elements(items).iter().map(|&x| info.display(x)).collect();
    string::from_str(&format!("#{{{}}}", texts.join(", ")))
}
