//! Deep copy of values between process heaps (runtime.md §6, ABI.md
//! "Messages and type tags"): the `mesh_*_copy` entry points the `copy`
//! helpers of `TypeInfo`s call, the descriptor-driven copy of values whose
//! type is not known statically (closures and their captures), and
//! [`copy_here`] / [`copy_into`], through which the runtime copies a value
//! from one heap into another.
//!
//! A copy allocates every object it builds in the *current* heap; the
//! source objects are only read. Static objects (string literals, nullary
//! variants, static lists and closures) are shared as they are: they live
//! outside every heap. A value whose type is known is recognised as static
//! by the `STATIC` bit of its header; a word seen only through a
//! descriptor (a closure capture, an element of a list reached through one)
//! is copied as an object exactly when it is an object of the source heap,
//! so scalar words under a set `ptr_mask` bit are kept as they are.
//!
//! Objects are immutable, so a copy may share nothing with its source and
//! still be equal to it; a value reachable twice in the source is copied
//! twice.
//!
//! The depth of a value costs no stack: a generated `copy` helper rebuilds
//! its object and hands each field that is itself a tuple, struct or sum
//! value to [`mesh_copy_later`] instead of copying it at once; the entry
//! point that started the copy ([`copy_here`], [`copy_into`]) then copies
//! those fields one after the other (their own such fields join the same
//! list). A chain of a million links copies as a loop. Nothing is
//! collected while a copy runs: the objects waiting for their fields are
//! reachable from nowhere else.

use std::cell::{Cell, RefCell};

use crate::heap::{self, Heap};
use crate::json::{TAG_ARRAY, TAG_OBJECT, TAG_STRING};
use crate::list::{self, elements};
use crate::map::{self, hamt};
use crate::object::{
    field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_CLOSURE, KIND_LIST, KIND_MAP,
    KIND_STRING, KIND_STRUCT, KIND_SUM, KIND_TUPLE, META_STATIC,
};
use crate::set;
use crate::string;
use crate::typeinfo::{self, TypeInfo};

thread_local! {
    /// The heap the value being copied lives in, while [`copy_here`] or
    /// [`copy_into`] runs; null otherwise.
    static SOURCE: Cell<*const Heap> = const { Cell::new(std::ptr::null()) };
    /// Fields still to copy: (new object, field index, source value, its
    /// type's info).
    static LATER: RefCell<Vec<(i64, usize, i64, &'static TypeInfo)>> = const { RefCell::new(Vec::new()) };
}

/// `mesh_copy_later(object, field, value, info)`: field `field` of the
/// object `object` (just built by a copy) becomes the copy of `value`, of
/// the type `info` describes, once the copy in progress gets to it.
///
/// # Safety
/// Only while [`copy_here`] or [`copy_into`] runs; `object` has a field
/// `field`, and `info` is a `TypeInfo`.
#[no_mangle]
pub unsafe extern "C" fn mesh_copy_later(object: i64, field: i64, value: i64, info: i64) -> i64 {
    let info = typeinfo::from_word(info);
    LATER.with(|later| later.borrow_mut().push((object, field as usize, value, info)));
    0
}

/// Copies `value` with `info`, then every field handed to
/// [`mesh_copy_later`] since (including those their copies hand on).
fn copy_all(value: i64, info: &TypeInfo) -> i64 {
    let pending_before = LATER.with(|later| later.borrow().len());
    let copy = (info.copy)(value);
    loop {
        let next = LATER.with(|later| {
            let mut later = later.borrow_mut();
            (later.len() > pending_before).then(|| later.pop()).flatten()
        });
        let Some((object, field, value, info)) = next else {
            return copy;
        };
        let field_copy = (info.copy)(value);
        // SAFETY: `object` was built by this copy with that field, and
        // nothing was collected since.
        unsafe { *field_ptr(object, field) = field_copy };
    }
}

/// Words below this are never object addresses (the first page is never
/// mapped); used only when the source heap is unknown.
const LOWEST_OBJECT_ADDRESS: i64 = 4096;

/// Copies `value`, of the type `info` describes, into the current heap.
/// `source` is the heap `value` lives in (`None` when unknown: words
/// reached through descriptors are then recognised as objects by their
/// address alone). The caller must be the process owning the current heap.
pub fn copy_here(value: i64, info: &TypeInfo, source: Option<&Heap>) -> i64 {
    with_source(source, || {
        let _no_collection = heap::no_collection();
        copy_all(value, info)
    })
}

/// Copies `value`, of the type `info` describes, into `destination`, a
/// heap no running code uses (a new process's heap, a message's heap).
/// Nothing is collected while copying.
pub fn copy_into(value: i64, info: &TypeInfo, source: Option<&Heap>, destination: &mut Heap) -> i64 {
    with_source(source, || {
        heap::run_in_heap(destination, || {
            let _no_collection = heap::no_collection();
            copy_all(value, info)
        })
    })
}

/// Runs `body` with `source` recorded as the heap values are copied from.
fn with_source<R>(source: Option<&Heap>, body: impl FnOnce() -> R) -> R {
    let source = source.map_or(std::ptr::null(), |heap| heap as *const Heap);
    let previous = SOURCE.replace(source);
    let result = body();
    SOURCE.set(previous);
    result
}

/// Whether the object `value` is static (its header says so).
///
/// # Safety
/// `value` must be the address of an object.
unsafe fn is_static(value: i64) -> bool {
    header(value).meta & META_STATIC != 0
}

/// Whether a word seen only through a descriptor is an object that must be
/// copied: an object of the source heap when it is known, otherwise a
/// plausible, non-static object address.
///
/// # Safety
/// When the source heap is unknown, `word` must be a scalar that cannot be
/// mistaken for an address, or an object.
unsafe fn is_copied_object(word: i64) -> bool {
    let source = SOURCE.get();
    if !source.is_null() {
        return (*source).owns_object(word as usize);
    }
    word >= LOWEST_OBJECT_ADDRESS && word % 16 == 0 && !is_static(word)
}

/// A copy of the object `value` in the current heap, every word the same
/// (pointers still into the source; the caller replaces them).
///
/// # Safety
/// `value` must be a fixed-size object (not a String or List).
unsafe fn shell(value: i64) -> i64 {
    let desc: *const TypeDesc = header(value).desc;
    let words = (*desc).n_fields as usize;
    let copy = new_object(HEADER_SIZE + 8 * words, desc) as i64;
    std::ptr::copy_nonoverlapping(field_ptr(value, 0), field_ptr(copy, 0), words);
    copy
}

/// A new List of `copy_element` applied to each element of `list`.
///
/// # Safety
/// `list` must be a non-static List object.
unsafe fn copy_list_with(list: i64, copy_element: impl Fn(i64) -> i64) -> i64 {
    let len = elements(list).len();
    let copy = list::with_capacity(len);
    for index in 0..len {
        let element = copy_element(elements(list)[index]);
        list::push("copy", copy, element);
    }
    copy
}

/// `mesh_string_copy(s)`: the String `s` in the current heap.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_copy(s: i64) -> i64 {
    if is_static(s) {
        return s;
    }
    let len = string::as_bytes(s).len();
    // Read the bytes after allocating: `s` stays where it is (another heap).
    string::build(len, |bytes| bytes.copy_from_slice(string::as_bytes(s)))
}

/// `mesh_list_copy(list, elem_info)`: the List `list` with each element
/// copied by `elem_info`'s `copy`.
///
/// # Safety
/// `list` must be a List object of values described by the `TypeInfo` at
/// `elem_info`.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_copy(list: i64, elem_info: i64) -> i64 {
    if is_static(list) {
        return list;
    }
    let info = typeinfo::from_word(elem_info);
    if info.is_pointer == 0 {
        return list::from_slice(elements(list));
    }
    copy_list_with(list, |element| (info.copy)(element))
}

/// The entries `(key, value)` of the index in fields `first..` of `object`,
/// copied by `copy` into two new Lists (keys, values), in order.
///
/// # Safety
/// `object` must be a Map or Set object whose index starts at `first`.
unsafe fn copy_entries(object: i64, first: usize, copy: impl Fn(i64, i64) -> (i64, i64)) -> (i64, i64) {
    let index = hamt::read(object, first);
    let len = index.len as usize;
    let (keys, values) = (list::with_capacity(len), list::with_capacity(len));
    for position in 0..index.len {
        let Some(entry) = hamt::entry_at(&index, position) else {
            break;
        };
        let (key, value) = copy(hamt::entry_key(entry), hamt::entry_value(entry));
        list::push("copy", keys, key);
        list::push("copy", values, value);
    }
    (keys, values)
}

/// `mesh_map_copy(m)`: the Map `m` rebuilt in the current heap with its
/// keys and values copied through the infos it keeps.
///
/// # Safety
/// `m` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_copy(m: i64) -> i64 {
    if is_static(m) {
        return m;
    }
    let key_info = typeinfo::from_word(*field_ptr(m, 0));
    let value_info = typeinfo::from_word(*field_ptr(m, 1));
    let (keys, values) = copy_entries(m, MAP_INDEX_FIELD, |key, value| {
        let key = (key_info.copy)(key);
        (key, (value_info.copy)(value))
    });
    map::from_parts(key_info, value_info, keys, values)
}

/// Field of the first index word of a Map (after the two infos).
const MAP_INDEX_FIELD: usize = 2;
/// Field of the first index word of a Set (after the info).
const SET_INDEX_FIELD: usize = 1;

/// `mesh_set_copy(s)`: the Set `s` rebuilt in the current heap with its
/// elements copied through the info it keeps.
///
/// # Safety
/// `s` must be a Set object.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_copy(s: i64) -> i64 {
    if is_static(s) {
        return s;
    }
    let info = typeinfo::from_word(*field_ptr(s, 0));
    let (items, _) = copy_entries(s, SET_INDEX_FIELD, |element, value| ((info.copy)(element), value));
    set::from_parts(info, items)
}

/// `mesh_queue_copy(q)`: the Queue `q` (`{ info, items }`) with its items
/// copied through the info it keeps.
///
/// # Safety
/// `q` must be a Queue object.
#[no_mangle]
pub unsafe extern "C" fn mesh_queue_copy(q: i64) -> i64 {
    if is_static(q) {
        return q;
    }
    let copy = shell(q);
    let items = mesh_list_copy(*field_ptr(q, 1), *field_ptr(q, 0));
    field_ptr(copy, 1).write(items);
    copy
}

/// `mesh_json_copy(j)`: the Json value `j` (`{ tag, a, b }`) copied
/// with the strings, arrays and objects it holds.
///
/// # Safety
/// `j` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_copy(j: i64) -> i64 {
    if is_static(j) {
        return j;
    }
    let copy = shell(j);
    let (tag, a, b) = (*field_ptr(j, 0), *field_ptr(j, 1), *field_ptr(j, 2));
    match tag {
        TAG_STRING => field_ptr(copy, 1).write(mesh_string_copy(a)),
        TAG_ARRAY => field_ptr(copy, 1).write(copy_json_list(a)),
        TAG_OBJECT => {
            let keys = copy_list_with(a, |key| mesh_string_copy(key));
            field_ptr(copy, 1).write(keys);
            field_ptr(copy, 2).write(copy_json_list(b));
        }
        _ => {}
    }
    copy
}

/// A List of Json values copied one by one.
unsafe fn copy_json_list(list: i64) -> i64 {
    if is_static(list) {
        return list;
    }
    copy_list_with(list, |item| mesh_json_copy(item))
}

/// `mesh_object_copy(v)`: the tuple, struct or sum value `v` rebuilt in
/// the current heap with the same descriptor and words, or `v` itself when
/// it is static. Generated `copy` helpers then replace each pointer field
/// with its copy.
///
/// # Safety
/// `v` must be a tuple, struct or sum object.
#[no_mangle]
pub unsafe extern "C" fn mesh_object_copy(v: i64) -> i64 {
    if is_static(v) {
        return v;
    }
    shell(v)
}

/// [`mesh_value_copy`] as a safe function, to be the `copy` of a
/// `TypeInfo` the runtime uses inside [`copy_here`] / [`copy_into`] only.
pub extern "C" fn copy_by_descriptor(v: i64) -> i64 {
    // SAFETY: the source heap is known during those copies.
    unsafe { mesh_value_copy(v) }
}

/// `mesh_value_copy(v)`: a copy of an object whose type is not known
/// statically (a function value, a runtime-owned object), guided by its
/// descriptor: captured or field words whose `ptr_mask` bit is set are
/// copied as objects, other words as scalars; Strings, Lists, Maps and
/// Sets by their kind. Scalars and static objects are returned as they
/// are.
///
/// # Safety
/// `v` must be a scalar that cannot be mistaken for an address, or an
/// object; while [`copy_here`] or [`copy_into`] runs, any word (the source
/// heap says which words are objects).
#[no_mangle]
pub unsafe extern "C" fn mesh_value_copy(v: i64) -> i64 {
    if !is_copied_object(v) {
        return v;
    }
    let desc: &TypeDesc = &*header(v).desc;
    match desc.kind {
        KIND_STRING => mesh_string_copy(v),
        KIND_LIST => copy_list_with(v, |element| mesh_value_copy(element)),
        KIND_MAP => mesh_map_copy(v),
        KIND_STRUCT if set::is_set(v) => mesh_set_copy(v),
        KIND_TUPLE | KIND_STRUCT | KIND_SUM | KIND_CLOSURE => {
            let copy = shell(v);
            for index in 0..desc.n_fields as usize {
                let traced = index >= 64 || desc.ptr_mask & (1 << index) != 0;
                if traced {
                    let field = mesh_value_copy(*field_ptr(v, index));
                    field_ptr(copy, index).write(field);
                }
            }
            copy
        }
        _ => v,
    }
}
