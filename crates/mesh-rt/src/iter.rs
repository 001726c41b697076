//! Lazy iterators, the `Iter` module (stdlib.md §11), and the collectors
//! `List.collect`, `Map.collect`, `Set.collect`, `String.collect`.
//!
//! An iterator is a single-pass cursor object that changes as it is
//! pulled: `{ kind, a, b }` (kind `STRUCT`, named `Iter`), where `a` and
//! `b` depend on the kind: a source collection and a position, or a source
//! iterator and a function value or a count. Adapters only build new
//! cursors; terminal operations pull them with [`next`]. Callbacks may
//! allocate and collect: every iterator in use is reachable from the
//! argument of the entry point running, and pulled values are held in
//! locals or in heap lists built in place.

use crate::closure::{call1, call2, truthy};
use crate::list::{self, elements};
use crate::object::{field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_LIST, KIND_STRUCT};
use crate::panic::runtime_error;
use crate::{map, range, set, string, sum, tuple};

/// Descriptor of every iterator: `a` and `b` may be pointers.
static ITER_DESC: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: 3,
    ptr_mask: 0b110,
    name: c"Iter".as_ptr().cast(),
};

/// The kinds of cursor (word 0 of an iterator).
#[derive(Clone, Copy)]
#[repr(i64)]
enum Kind {
    /// `a`: a List, `b`: the next index.
    List = 0,
    /// `a`: a Map, `b`: the next entry index; yields `(key, value)`.
    Map = 1,
    /// `a`: the next Int, `b`: the end (exclusive).
    Range = 2,
    /// `a`: the source iterator, `b`: the function.
    Mapped = 3,
    /// `a`: the source iterator, `b`: the predicate.
    Filtered = 4,
    /// `a`: the source iterator, `b`: how many items may still be pulled.
    Take = 5,
    /// `a`: the source iterator, `b`: how many items to discard first.
    Skip = 6,
    /// `a`: the source iterator, `b`: the next index.
    Enumerate = 7,
    /// `a`, `b`: the two source iterators.
    Zip = 8,
}

impl Kind {
    fn from_word(word: i64) -> Kind {
        match word {
            0 => Kind::List,
            1 => Kind::Map,
            2 => Kind::Range,
            3 => Kind::Mapped,
            4 => Kind::Filtered,
            5 => Kind::Take,
            6 => Kind::Skip,
            7 => Kind::Enumerate,
            _ => Kind::Zip,
        }
    }
}

fn new_iter(kind: Kind, a: i64, b: i64) -> i64 {
    let it = new_object(HEADER_SIZE + 24, &ITER_DESC) as i64;
    // SAFETY: the object has three field words.
    unsafe {
        field_ptr(it, 0).write(kind as i64);
        field_ptr(it, 1).write(a);
        field_ptr(it, 2).write(b);
    }
    it
}

/// Pulls the next item of the iterator `it`, advancing it.
///
/// # Safety
/// `it` must be an iterator object.
pub unsafe fn next(it: i64) -> Option<i64> {
    let (a, b) = (*field_ptr(it, 1), *field_ptr(it, 2));
    let set_b = |value: i64| field_ptr(it, 2).write(value);
    match Kind::from_word(*field_ptr(it, 0)) {
        Kind::List => {
            let item = elements(a).get(b as usize).copied()?;
            set_b(b + 1);
            Some(item)
        }
        Kind::Map => {
            let parts = map::parts(a);
            let key = elements(parts.keys).get(b as usize).copied()?;
            let value = elements(parts.values)[b as usize];
            set_b(b + 1);
            Some(tuple::pair(key, value))
        }
        Kind::Range => {
            if a >= b {
                return None;
            }
            field_ptr(it, 1).write(a + 1);
            Some(a)
        }
        Kind::Mapped => {
            let item = next(a)?;
            Some(call1(b, item))
        }
        Kind::Filtered => loop {
            let item = next(a)?;
            if truthy(call1(b, item)) {
                return Some(item);
            }
        },
        Kind::Take => {
            if b <= 0 {
                return None;
            }
            set_b(b - 1);
            next(a)
        }
        Kind::Skip => {
            for _ in 0..b {
                next(a)?;
            }
            set_b(0);
            next(a)
        }
        Kind::Enumerate => {
            let item = next(a)?;
            set_b(b + 1);
            Some(tuple::pair(b, item))
        }
        Kind::Zip => {
            let first = next(a)?;
            let second = next(b)?;
            Some(tuple::pair(first, second))
        }
    }
}

/// `Iter.from(c)`: an iterator over a List, Map (yielding `(key, value)`
/// pairs), Set or Range, in the collection's order.
///
/// # Safety
/// `collection` must be a List, Map, Set or Range object.
#[no_mangle]
pub unsafe extern "C" fn mesh_iter_from(collection: i64) -> i64 {
    if (*header(collection).desc).kind == KIND_LIST {
        new_iter(Kind::List, collection, 0)
    } else if map::is_map(collection) {
        new_iter(Kind::Map, collection, 0)
    } else if set::is_set(collection) {
        new_iter(Kind::List, set::parts(collection).1, 0)
    } else if range::is_range(collection) {
        let (start, end) = range::bounds(collection);
        new_iter(Kind::Range, start, end)
    } else {
        runtime_error(
            "Iter.from",
            format_args!("{} is not iterable", (*header(collection).desc).name()),
        )
    }
}

/// `Iter.next(it)`: `Some` of the next item (advancing `it`), or `None`
/// at the end; what `for x in it` pulls.
///
/// # Safety
/// `it` must be an iterator object.
#[no_mangle]
pub unsafe extern "C" fn mesh_iter_next(it: i64) -> i64 {
    match next(it) {
        Some(item) => sum::some(item),
        None => sum::none(),
    }
}

/// `Iter.map(it, f)`: lazily `f` of each item.
#[no_mangle]
pub extern "C" fn mesh_iter_map(it: i64, f: i64) -> i64 {
    new_iter(Kind::Mapped, it, f)
}

/// `Iter.filter(it, f)`: lazily the items for which `f` is true.
#[no_mangle]
pub extern "C" fn mesh_iter_filter(it: i64, f: i64) -> i64 {
    new_iter(Kind::Filtered, it, f)
}

/// `Iter.take(it, n)`: at most `n` items; the source is not pulled after
/// the `n`-th.
#[no_mangle]
pub extern "C" fn mesh_iter_take(it: i64, n: i64) -> i64 {
    new_iter(Kind::Take, it, n.max(0))
}

/// `Iter.skip(it, n)`: the items after the first `n` (discarded on the
/// first pull).
#[no_mangle]
pub extern "C" fn mesh_iter_skip(it: i64, n: i64) -> i64 {
    new_iter(Kind::Skip, it, n.max(0))
}

/// `Iter.enumerate(it)`: `(index, item)` pairs from 0.
#[no_mangle]
pub extern "C" fn mesh_iter_enumerate(it: i64) -> i64 {
    new_iter(Kind::Enumerate, it, 0)
}

/// `Iter.zip(a, b)`: pairs of items, ending when either side ends.
#[no_mangle]
pub extern "C" fn mesh_iter_zip(a: i64, b: i64) -> i64 {
    new_iter(Kind::Zip, a, b)
}

/// `Iter.count(it)`: consumes `it` and counts its items.
///
/// # Safety
/// `it` must be an iterator object.
#[no_mangle]
pub unsafe extern "C" fn mesh_iter_count(it: i64) -> i64 {
    let mut count = 0;
    while next(it).is_some() {
        count += 1;
    }
    count
}

/// `Iter.sum(it)`: the sum of the Int items (0 for none), wrapping on
/// overflow like `+`.
///
/// # Safety
/// `it` must be an iterator of Ints.
#[no_mangle]
pub unsafe extern "C" fn mesh_iter_sum(it: i64) -> i64 {
    let mut total: i64 = 0;
    while let Some(item) = next(it) {
        total = total.wrapping_add(item);
    }
    total
}

/// `Iter.any(it, f)`: whether `f` is true for some item; stops at the
/// first.
///
/// # Safety
/// `it` must be an iterator object, `f` a predicate on its items.
#[no_mangle]
pub unsafe extern "C" fn mesh_iter_any(it: i64, f: i64) -> i64 {
    while let Some(item) = next(it) {
        if truthy(call1(f, item)) {
            return 1;
        }
    }
    0
}

/// `Iter.all(it, f)`: whether `f` is true for every item; stops at the
/// first false.
///
/// # Safety
/// `it` must be an iterator object, `f` a predicate on its items.
#[no_mangle]
pub unsafe extern "C" fn mesh_iter_all(it: i64, f: i64) -> i64 {
    while let Some(item) = next(it) {
        if !truthy(call1(f, item)) {
            return 0;
        }
    }
    1
}

/// `Iter.find(it, f)`: `Some` of the first item for which `f` is true.
///
/// # Safety
/// `it` must be an iterator object, `f` a predicate on its items.
#[no_mangle]
pub unsafe extern "C" fn mesh_iter_find(it: i64, f: i64) -> i64 {
    while let Some(item) = next(it) {
        if truthy(call1(f, item)) {
            return sum::some(item);
        }
    }
    sum::none()
}

/// `Iter.reduce(it, init, f)`: the left fold of the items.
///
/// # Safety
/// `it` must be an iterator object, `f` a closure of the accumulator and
/// an item.
#[no_mangle]
pub unsafe extern "C" fn mesh_iter_reduce(it: i64, init: i64, f: i64) -> i64 {
    let mut accumulator = init;
    while let Some(item) = next(it) {
        accumulator = call2(f, accumulator, item);
    }
    accumulator
}

/// `List.collect(it)`: the items in a new list. The list grows in place,
/// moving to a block twice as big when full; it stays in this frame.
///
/// # Safety
/// `it` must be an iterator object.
#[no_mangle]
pub unsafe extern "C" fn mesh_list_collect(it: i64) -> i64 {
    let mut capacity = 8;
    let mut result = list::with_capacity(capacity);
    while let Some(item) = next(it) {
        if elements(result).len() == capacity {
            capacity *= 2;
            let bigger = list::with_capacity(capacity);
            for &old in elements(result) {
                list::push("List.collect", bigger, old);
            }
            result = bigger;
        }
        list::push("List.collect", result, item);
    }
    result
}

/// `Map.collect(it)`: a map of the `(key, value)` pairs, later duplicates
/// replacing earlier values.
///
/// # Safety
/// `it` must be an iterator of pairs; the infos `TypeInfo` addresses.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_collect(it: i64, key_info: i64, value_info: i64) -> i64 {
    let pairs = mesh_list_collect(it);
    map::mesh_map_from_list(pairs, key_info, value_info)
}

/// `Set.collect(it)`: a set of the items, duplicates (by value) dropped.
///
/// # Safety
/// `it` must be an iterator; `info` the `TypeInfo` of its items.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_collect(it: i64, info: i64) -> i64 {
    let items = mesh_list_collect(it);
    set::mesh_set_from_list(items, info)
}

/// `String.collect(it)`: the concatenation of the String items.
///
/// # Safety
/// `it` must be an iterator of String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_collect(it: i64) -> i64 {
    let items = mesh_list_collect(it);
    let text: String = elements(items).iter().map(|&s| string::as_str(s)).collect();
    string::from_str(&text)
}

