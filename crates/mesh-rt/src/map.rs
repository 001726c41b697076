//! The Map object and the `Map` module (stdlib.md §7): immutable maps in
//! insertion order, keys compared through the key type's `TypeInfo`.
//!
//! Layout (kind `MAP`): `{ key_info, value_info, index (hamt::FIELDS
//! words), keys, values }`: the infos are the static `TypeInfo`s the map
//! was created with (never heap pointers), the index is the persistent
//! ordered hash index of [`hamt`] (lookups and updates in O(log n), entries
//! shared between versions), and `keys` / `values` are Lists of the keys
//! and values in order, built on first use and kept (0 until then). A key
//! that is `put` again keeps its position, `delete` keeps the order of the
//! rest.

#[path = "hamt.rs"]
pub(crate) mod hamt;

use crate::list::{self, elements};
use crate::object::{field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_MAP};
use crate::panic::runtime_error;
use crate::string::{self, EMPTY_STRING};
use crate::sum;
use crate::tuple;
use crate::typeinfo::{self, TypeInfo, ZeroKind};
use hamt::Index;

/// Field of the first index word.
const INDEX_FIELD: usize = 2;
/// Fields of the cached key and value Lists.
const KEYS_FIELD: usize = INDEX_FIELD + hamt::FIELDS;
const VALUES_FIELD: usize = KEYS_FIELD + 1;
const FIELD_COUNT: usize = VALUES_FIELD + 1;

/// Descriptor of every Map object: the trie and order roots and the
/// cached Lists are pointers.
static MAP_DESC: TypeDesc = TypeDesc {
    kind: KIND_MAP,
    n_fields: FIELD_COUNT as u32,
    ptr_mask: (1 << INDEX_FIELD)
        | (1 << (INDEX_FIELD + 1))
        | (1 << KEYS_FIELD)
        | (1 << VALUES_FIELD),
    name: c"Map".as_ptr().cast(),
};

/// The parts of a Map object.
#[derive(Clone, Copy)]
pub struct Parts {
    /// Info of the key type.
    pub key_info: &'static TypeInfo,
    /// Info of the value type.
    pub value_info: &'static TypeInfo,
    /// The keys, a List object.
    pub keys: i64,
    /// The values, a List object of the same length.
    pub values: i64,
}

unsafe fn key_info(map: i64) -> &'static TypeInfo {
    typeinfo::from_word(*field_ptr(map, 0))
}

unsafe fn value_info(map: i64) -> &'static TypeInfo {
    typeinfo::from_word(*field_ptr(map, 1))
}

unsafe fn index(map: i64) -> Index {
    hamt::read(map, INDEX_FIELD)
}

/// The List kept in field `field` of `map`, built by `pick` on first use.
unsafe fn cached_list(map: i64, field: usize, pick: fn(i64) -> i64) -> i64 {
    let cached = *field_ptr(map, field);
    if cached != 0 {
        return cached;
    }
    let built = hamt::collect(&index(map), pick);
    field_ptr(map, field).write(built);
    built
}

fn pick_key(entry: i64) -> i64 {
    // SAFETY: the index only holds entries.
    unsafe { hamt::entry_key(entry) }
}

fn pick_value(entry: i64) -> i64 {
    // SAFETY: as above.
    unsafe { hamt::entry_value(entry) }
}

/// The parts of the Map object `map` (its keys and values as Lists).
///
/// # Safety
/// `map` must be a Map object.
pub unsafe fn parts(map: i64) -> Parts {
    let keys = cached_list(map, KEYS_FIELD, pick_key);
    let values = cached_list(map, VALUES_FIELD, pick_value);
    Parts {
        key_info: key_info(map),
        value_info: value_info(map),
        keys,
        values,
    }
}

/// Whether `value` is a Map object.
///
/// # Safety
/// `value` must be an object.
pub unsafe fn is_map(value: i64) -> bool {
    std::ptr::eq(header(value).desc, &MAP_DESC)
}

/// A new Map object with the given infos and index.
fn with_index(key_info: &'static TypeInfo, value_info: &'static TypeInfo, index: Index) -> i64 {
    let map = new_object(HEADER_SIZE + 8 * FIELD_COUNT, &MAP_DESC) as i64;
    // SAFETY: the object has FIELD_COUNT field words, zeroed.
    unsafe {
        field_ptr(map, 0).write(typeinfo::word(key_info));
        field_ptr(map, 1).write(typeinfo::word(value_info));
        hamt::write(map, INDEX_FIELD, index);
    }
    map
}

/// A new Map object of the entries `keys[i] => values[i]` (Lists of the
/// same length), later duplicates replacing earlier values.
pub fn from_parts(
    key_info: &'static TypeInfo,
    value_info: &'static TypeInfo,
    keys: i64,
    values: i64,
) -> i64 {
    // SAFETY: the Lists stay reachable from the caller.
    unsafe {
        let mut index = hamt::EMPTY;
        for (&key, &value) in elements(keys).iter().zip(elements(values)) {
            index = hamt::put(key_info, index, key, value);
        }
        with_index(key_info, value_info, index)
    }
}

/// `Map.new()`: an empty map whose keys and values have the given infos.
///
/// # Safety
/// `key_info` and `value_info` must be `TypeInfo` addresses.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_new(key_info: i64, value_info: i64) -> i64 {
    with_index(
        typeinfo::from_word(key_info),
        typeinfo::from_word(value_info),
        hamt::EMPTY,
    )
}

/// `Map.put(m, k, v)`: `m` with `k => v` inserted (at the end) or replaced
/// (in place).
///
/// # Safety
/// `map` must be a Map object; `key`, `value` of its types.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_put(map: i64, key: i64, value: i64) -> i64 {
    let index = hamt::put(key_info(map), index(map), key, value);
    with_index(key_info(map), value_info(map), index)
}

/// The zero value of the type `info` describes (stdlib.md §1.1), if any.
fn zero_value(info: &TypeInfo) -> Option<i64> {
    match info.zero_kind()? {
        ZeroKind::Int | ZeroKind::Bool => Some(0),
        ZeroKind::Float => Some(0f64.to_bits() as i64),
        ZeroKind::String => Some(EMPTY_STRING.value()),
    }
}

/// The value of `key` in `map`, if present.
///
/// # Safety
/// `map` must be a Map object, `key` of its key type.
pub unsafe fn lookup(map: i64, key: i64) -> Option<i64> {
    hamt::find(key_info(map), &index(map), key).map(|entry| hamt::entry_value(entry))
}

/// `Map.get(m, k)`: the value of `k`; for an absent key the zero value of
/// the value type (0, 0.0, false, ""), and a panic for other value types.
///
/// # Safety
/// `map` must be a Map object, `key` of its key type.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_get(map: i64, key: i64) -> i64 {
    if let Some(value) = lookup(map, key) {
        return value;
    }
    match zero_value(value_info(map)) {
        Some(zero) => zero,
        None => runtime_error("Map.get", format_args!("key not found")),
    }
}

/// `Map.fetch(m, k)`: `Some(value)` of `k`, or `None` when absent.
///
/// # Safety
/// `map` must be a Map object, `key` of its key type.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_fetch(map: i64, key: i64) -> i64 {
    sum::from_option(lookup(map, key))
}

/// `Map.get_or(m, k, default)`: the value of `k`, or `default` when
/// absent.
///
/// # Safety
/// `map` must be a Map object; `key`, `default` of its types.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_get_or(map: i64, key: i64, default: i64) -> i64 {
    lookup(map, key).unwrap_or(default)
}

/// `Map.has_key(m, k)`.
///
/// # Safety
/// `map` must be a Map object, `key` of its key type.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_has_key(map: i64, key: i64) -> i64 {
    i64::from(lookup(map, key).is_some())
}

/// `Map.delete(m, k)`: `m` without `k` (the same map when absent).
///
/// # Safety
/// `map` must be a Map object, `key` of its key type.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_delete(map: i64, key: i64) -> i64 {
    match hamt::remove(key_info(map), index(map), key) {
        Some(index) => with_index(key_info(map), value_info(map), index),
        None => map,
    }
}

/// `Map.size(m)`: the number of entries.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_size(map: i64) -> i64 {
    index(map).len
}

/// `Map.keys(m)`: the keys in insertion order.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_keys(map: i64) -> i64 {
    cached_list(map, KEYS_FIELD, pick_key)
}

/// `Map.values(m)`: the values in insertion order.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_values(map: i64) -> i64 {
    cached_list(map, VALUES_FIELD, pick_value)
}

/// The entry at `position` in insertion order; out of range, a crash
/// worded as the List-based maps' was.
unsafe fn entry_at(map: i64, position: i64) -> i64 {
    let index = index(map);
    match hamt::entry_at(&index, position) {
        Some(entry) => entry,
        None => runtime_error(
            "List.get",
            format_args!("index {position} out of bounds (len {})", index.len),
        ),
    }
}

/// Key of entry `index` (0-based, insertion order), for `for` loops.
///
/// # Safety
/// `map` must be a Map object with more than `index` entries.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_key_at(map: i64, index: i64) -> i64 {
    hamt::entry_key(entry_at(map, index))
}

/// Value of entry `index` (0-based, insertion order), for `for` loops.
///
/// # Safety
/// `map` must be a Map object with more than `index` entries.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_value_at(map: i64, index: i64) -> i64 {
    hamt::entry_value(entry_at(map, index))
}

/// `Map.merge(a, b)`: the entries of `a`, then those of `b`; a key of
/// both takes `b`'s value at `a`'s position.
///
/// # Safety
/// `a` and `b` must be Map objects of the same types.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_merge(a: i64, b: i64) -> i64 {
    if index(b).len == 0 {
        return a;
    }
    let info = key_info(a);
    let entries = hamt::collect(&index(b), |entry| entry);
    let mut merged = index(a);
    for &entry in elements(entries) {
        merged = hamt::put(
            info,
            merged,
            hamt::entry_key(entry),
            hamt::entry_value(entry),
        );
    }
    with_index(info, value_info(a), merged)
}

/// `Map.to_list(m)`: the entries as `(key, value)` tuples in order.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_to_list(map: i64) -> i64 {
    let entries = hamt::collect(&index(map), |entry| entry);
    let result = list::build(elements(entries).len(), |words| words.fill(0));
    for (position, &entry) in elements(entries).iter().enumerate() {
        let pair = tuple::pair(hamt::entry_key(entry), hamt::entry_value(entry));
        list::set_element(result, position, pair);
    }
    result
}

/// A map of the `(key, value)` pairs `next` yields, later duplicates
/// replacing earlier values.
///
/// # Safety
/// Every pair must be a tuple of two words of the given types; callers
/// keep the source of the pairs alive.
pub unsafe fn from_pairs(
    key_info: &'static TypeInfo,
    value_info: &'static TypeInfo,
    pairs: impl IntoIterator<Item = i64>,
) -> i64 {
    let mut index = hamt::EMPTY;
    for pair in pairs {
        let (key, value) = tuple::pair_elements(pair);
        index = hamt::put(key_info, index, key, value);
    }
    with_index(key_info, value_info, index)
}

/// `Map.from_list(pairs)`: a map of the `(key, value)` tuples, later
/// duplicates replacing earlier values (keys compared by value).
///
/// # Safety
/// `pairs` must be a List of pairs; the infos `TypeInfo` addresses.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_from_list(pairs: i64, key_info: i64, value_info: i64) -> i64 {
    from_pairs(
        typeinfo::from_word(key_info),
        typeinfo::from_word(value_info),
        elements(pairs).iter().copied(),
    )
}

/// Display text of a map: `%{k1 => v1, k2 => v2}` in insertion order.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_to_string(map: i64) -> i64 {
    let (key_info, value_info) = (key_info(map), value_info(map));
    let entries = hamt::collect(&index(map), |entry| entry);
    let mut text = String::from("%{");
    for (position, &entry) in elements(entries).iter().enumerate() {
        if position > 0 {
            text.push_str(", ");
        }
        text.push_str(&key_info.display(hamt::entry_key(entry)));
        text.push_str(" => ");
        text.push_str(&value_info.display(hamt::entry_value(entry)));
    }
    text.push('}');
    string::from_str(&text)
}
