//! The Set object and the `Set` module (stdlib.md §8): immutable sets in
//! insertion order, elements compared through the element type's
//! `TypeInfo` (so Strings compare by content).
//!
//! Layout (kind `STRUCT`, named `Set`): `{ info, index (hamt::FIELDS
//! words), elements }`: the static `TypeInfo` the set was created with,
//! the persistent ordered hash index of the Map implementation (elements
//! as keys, values unused) and a List of the elements in order, built on
//! first use and kept (0 until then).

use crate::list::elements;
use crate::map::hamt::{self, Index};
use crate::object::{field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_STRUCT};
use crate::panic::runtime_error;
use crate::string;
use crate::typeinfo::{self, TypeInfo};

/// Field of the first index word.
const INDEX_FIELD: usize = 1;
/// Field of the cached element List.
const ELEMENTS_FIELD: usize = INDEX_FIELD + hamt::FIELDS;
const FIELD_COUNT: usize = ELEMENTS_FIELD + 1;

/// Descriptor of every Set object: the trie and order roots and the cached
/// List are pointers.
static SET_DESC: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: FIELD_COUNT as u32,
    ptr_mask: (1 << INDEX_FIELD) | (1 << (INDEX_FIELD + 1)) | (1 << ELEMENTS_FIELD),
    name: c"Set".as_ptr().cast(),
};

unsafe fn info(set: i64) -> &'static TypeInfo {
    typeinfo::from_word(*field_ptr(set, 0))
}

unsafe fn index(set: i64) -> Index {
    hamt::read(set, INDEX_FIELD)
}

/// The elements of `set` as a List, built on first use.
unsafe fn element_list(set: i64) -> i64 {
    let cached = *field_ptr(set, ELEMENTS_FIELD);
    if cached != 0 {
        return cached;
    }
    let built = hamt::collect(&index(set), |entry| hamt::entry_key(entry));
    field_ptr(set, ELEMENTS_FIELD).write(built);
    built
}

/// The element info and element list of the Set object `set`.
///
/// # Safety
/// `set` must be a Set object.
pub unsafe fn parts(set: i64) -> (&'static TypeInfo, i64) {
    let items = element_list(set);
    (info(set), items)
}

/// Whether `value` is a Set object.
///
/// # Safety
/// `value` must be an object.
pub unsafe fn is_set(value: i64) -> bool {
    std::ptr::eq(header(value).desc, &SET_DESC)
}

fn with_index(info: &'static TypeInfo, index: Index) -> i64 {
    let set = new_object(HEADER_SIZE + 8 * FIELD_COUNT, &SET_DESC) as i64;
    // SAFETY: the object has FIELD_COUNT field words, zeroed.
    unsafe {
        field_ptr(set, 0).write(typeinfo::word(info));
        hamt::write(set, INDEX_FIELD, index);
    }
    set
}

/// `index` with `x` added at the end unless already present.
unsafe fn added(info: &TypeInfo, index: Index, x: i64) -> Index {
    if hamt::find(info, &index, x).is_some() {
        index
    } else {
        hamt::put(info, index, x, 0)
    }
}

/// A new Set object of the (distinct) elements of the List `items`.
pub fn from_parts(info: &'static TypeInfo, items: i64) -> i64 {
    // SAFETY: the List stays reachable from the caller.
    unsafe { from_words(info, elements(items).iter().copied()) }
}

/// A set of the words `source` yields, duplicates dropped (first kept).
///
/// # Safety
/// The words must be values of `info`'s type; callers keep their source
/// alive.
pub unsafe fn from_words(info: &'static TypeInfo, source: impl IntoIterator<Item = i64>) -> i64 {
    let mut index = hamt::EMPTY;
    for x in source {
        index = added(info, index, x);
    }
    with_index(info, index)
}

/// `Set.new()`: the empty set of elements described by `info`.
///
/// # Safety
/// `info` must be a `TypeInfo` address.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_new(info: i64) -> i64 {
    with_index(typeinfo::from_word(info), hamt::EMPTY)
}

/// `Set.add(s, x)`: `s` with `x` (the same set if already present).
///
/// # Safety
/// `set` must be a Set object, `x` of its element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_add(set: i64, x: i64) -> i64 {
    let info = info(set);
    if hamt::find(info, &index(set), x).is_some() {
        return set;
    }
    with_index(info, hamt::put(info, index(set), x, 0))
}

/// `Set.remove(s, x)`: `s` without `x` (the same set if absent).
///
/// # Safety
/// `set` must be a Set object, `x` of its element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_remove(set: i64, x: i64) -> i64 {
    let info = info(set);
    match hamt::remove(info, index(set), x) {
        Some(index) => with_index(info, index),
        None => set,
    }
}

/// `Set.contains(s, x)`: membership by value.
///
/// # Safety
/// `set` must be a Set object, `x` of its element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_contains(set: i64, x: i64) -> i64 {
    i64::from(hamt::find(info(set), &index(set), x).is_some())
}

/// `Set.size(s)`: the number of elements.
///
/// # Safety
/// `set` must be a Set object.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_size(set: i64) -> i64 {
    index(set).len
}

/// Element `index` (0-based, insertion order), for `for` loops.
///
/// # Safety
/// `set` must be a Set object with more than `index` elements.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_at(set: i64, position: i64) -> i64 {
    let index = index(set);
    match hamt::entry_at(&index, position) {
        Some(entry) => hamt::entry_key(entry),
        None => runtime_error(
            "List.get",
            format_args!("index {position} out of bounds (len {})", index.len),
        ),
    }
}

/// `Set.union(a, b)`: the elements of `a`, then those of `b` not in `a`.
///
/// # Safety
/// `a` and `b` must be Set objects of the same element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_union(a: i64, b: i64) -> i64 {
    let info = info(a);
    let second = element_list(b);
    let mut union = index(a);
    for &x in elements(second) {
        union = added(info, union, x);
    }
    with_index(info, union)
}

/// The elements of `a` whose membership in `b` is `keep`.
unsafe fn filtered(a: i64, b: i64, keep: bool) -> i64 {
    let info = info(a);
    let (first, other) = (element_list(a), index(b));
    from_words(
        info,
        elements(first)
            .iter()
            .copied()
            .filter(|&x| hamt::find(info, &other, x).is_some() == keep),
    )
}

/// `Set.intersection(a, b)`: the elements of `a` also in `b`.
///
/// # Safety
/// `a` and `b` must be Set objects of the same element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_intersection(a: i64, b: i64) -> i64 {
    filtered(a, b, true)
}

/// `Set.difference(a, b)`: the elements of `a` not in `b`.
///
/// # Safety
/// `a` and `b` must be Set objects of the same element type.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_difference(a: i64, b: i64) -> i64 {
    filtered(a, b, false)
}

/// `Set.to_list(s)`: the elements in insertion order.
///
/// # Safety
/// `set` must be a Set object.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_to_list(set: i64) -> i64 {
    element_list(set)
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
