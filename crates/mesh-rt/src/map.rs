//! The Map object and the `Map` module (stdlib.md §7): immutable maps in
//! insertion order, keys compared through the key type's `TypeInfo`.
//!
//! Layout (kind `MAP`): `{ key_info, value_info, keys: List, values: List }`
//! where entry `i` is `(keys[i], values[i])` and the infos are the static
//! `TypeInfo`s the map was created with (never heap pointers). Every
//! update builds new lists and a new map object; a key that is `put` again
//! keeps its position, `delete` keeps the order of the rest. Lookups scan
//! the keys with the key type's `eq`.

use crate::heap;
use crate::list::{self, elements};
use crate::object::{field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_MAP};
use crate::panic::runtime_error;
use crate::string::{self, EMPTY_STRING};
use crate::sum;
use crate::tuple;
use crate::typeinfo::{self, TypeInfo, ZeroKind};

/// Descriptor of every Map object: words 2 and 3 (the lists) are pointers.
static MAP_DESC: TypeDesc = TypeDesc {
    kind: KIND_MAP,
    n_fields: 4,
    ptr_mask: 0b1100,
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

/// The parts of the Map object `map`.
///
/// # Safety
/// `map` must be a Map object.
pub unsafe fn parts(map: i64) -> Parts {
    Parts {
        key_info: typeinfo::from_word(*field_ptr(map, 0)),
        value_info: typeinfo::from_word(*field_ptr(map, 1)),
        keys: *field_ptr(map, 2),
        values: *field_ptr(map, 3),
    }
}

/// Whether `value` is a Map object.
///
/// # Safety
/// `value` must be an object.
pub unsafe fn is_map(value: i64) -> bool {
    std::ptr::eq(header(value).desc, &MAP_DESC)
}

/// A new Map object with the given infos and entry lists.
pub fn from_parts(key_info: &'static TypeInfo, value_info: &'static TypeInfo, keys: i64, values: i64) -> i64 {
    let map = new_object(HEADER_SIZE + 32, &MAP_DESC) as i64;
    // SAFETY: the object has four field words.
    unsafe {
        field_ptr(map, 0).write(typeinfo::word(key_info));
        field_ptr(map, 1).write(typeinfo::word(value_info));
        field_ptr(map, 2).write(keys);
        field_ptr(map, 3).write(values);
    }
    map
}

/// A map of the entries `keys[i] => values[i]` collected in Rust vectors.
/// Callers hold a [`heap::no_collection`] guard while the vectors hold the
/// only references to objects.
fn from_vectors(key_info: &'static TypeInfo, value_info: &'static TypeInfo, keys: &[i64], values: &[i64]) -> i64 {
    let key_list = list::from_slice(keys);
    let value_list = list::from_slice(values);
    from_parts(key_info, value_info, key_list, value_list)
}

/// Index of `key` among `keys`, compared with `info`.
fn position(info: &TypeInfo, keys: &[i64], key: i64) -> Option<usize> {
    keys.iter().position(|&k| info.equal(k, key))
}

/// Inserts or replaces `key => value` in the entry vectors.
fn put_into(info: &TypeInfo, keys: &mut Vec<i64>, values: &mut Vec<i64>, key: i64, value: i64) {
    match position(info, keys, key) {
        Some(index) => values[index] = value,
        None => {
            keys.push(key);
            values.push(value);
        }
    }
}

/// `Map.new()`: an empty map whose keys and values have the given infos.
///
/// # Safety
/// `key_info` and `value_info` must be `TypeInfo` addresses.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_new(key_info: i64, value_info: i64) -> i64 {
    from_parts(typeinfo::from_word(key_info), typeinfo::from_word(value_info), list::empty(), list::empty())
}

/// `Map.put(m, k, v)`: `m` with `k => v` inserted (at the end) or replaced
/// (in place).
///
/// # Safety
/// `map` must be a Map object; `key`, `value` of its types.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_put(map: i64, key: i64, value: i64) -> i64 {
    let parts = parts(map);
    match position(parts.key_info, elements(parts.keys), key) {
        Some(index) => {
            let values = list::from_slice(elements(parts.values));
            list::set_element(values, index, value);
            from_parts(parts.key_info, parts.value_info, parts.keys, values)
        }
        None => {
            let keys = list::mesh_list_append(parts.keys, key);
            let values = list::mesh_list_append(parts.values, value);
            from_parts(parts.key_info, parts.value_info, keys, values)
        }
    }
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
    let parts = parts(map);
    position(parts.key_info, elements(parts.keys), key).map(|index| elements(parts.values)[index])
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
    match zero_value(parts(map).value_info) {
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
    let parts = parts(map);
    let Some(index) = position(parts.key_info, elements(parts.keys), key) else {
        return map;
    };
    let keys = without(parts.keys, index);
    let values = without(parts.values, index);
    from_parts(parts.key_info, parts.value_info, keys, values)
}

/// A copy of `list` without element `index`.
///
/// # Safety
/// `list` must be a List object longer than `index`.
unsafe fn without(list: i64, index: usize) -> i64 {
    let old = elements(list);
    list::build(old.len() - 1, |new| {
        new[..index].copy_from_slice(&old[..index]);
        new[index..].copy_from_slice(&old[index + 1..]);
    })
}

/// `Map.size(m)`: the number of entries.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_size(map: i64) -> i64 {
    elements(parts(map).keys).len() as i64
}

/// `Map.keys(m)`: the keys in insertion order.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_keys(map: i64) -> i64 {
    parts(map).keys
}

/// `Map.values(m)`: the values in insertion order.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_values(map: i64) -> i64 {
    parts(map).values
}

/// Key of entry `index` (0-based, insertion order), for `for` loops.
///
/// # Safety
/// `map` must be a Map object with more than `index` entries.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_key_at(map: i64, index: i64) -> i64 {
    list::mesh_list_get(parts(map).keys, index)
}

/// Value of entry `index` (0-based, insertion order), for `for` loops.
///
/// # Safety
/// `map` must be a Map object with more than `index` entries.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_value_at(map: i64, index: i64) -> i64 {
    list::mesh_list_get(parts(map).values, index)
}

/// `Map.merge(a, b)`: the entries of `a`, then those of `b`; a key of
/// both takes `b`'s value at `a`'s position.
///
/// # Safety
/// `a` and `b` must be Map objects of the same types.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_merge(a: i64, b: i64) -> i64 {
    let (first, second) = (parts(a), parts(b));
    if elements(second.keys).is_empty() {
        return a;
    }
    let _guard = heap::no_collection();
    let mut keys = elements(first.keys).to_vec();
    let mut values = elements(first.values).to_vec();
    for (&key, &value) in elements(second.keys).iter().zip(elements(second.values)) {
        put_into(first.key_info, &mut keys, &mut values, key, value);
    }
    from_vectors(first.key_info, first.value_info, &keys, &values)
}

/// `Map.to_list(m)`: the entries as `(key, value)` tuples in order.
///
/// # Safety
/// `map` must be a Map object.
#[no_mangle]
pub unsafe extern "C" fn mesh_map_to_list(map: i64) -> i64 {
    let len = elements(parts(map).keys).len();
    let result = list::build(len, |_| {});
    for index in 0..len {
        let parts = parts(map);
        let pair = tuple::pair(elements(parts.keys)[index], elements(parts.values)[index]);
        list::set_element(result, index, pair);
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
    let _guard = heap::no_collection();
    let (mut keys, mut values) = (Vec::new(), Vec::new());
    for pair in pairs {
        let (key, value) = tuple::pair_elements(pair);
        put_into(key_info, &mut keys, &mut values, key, value);
    }
    from_vectors(key_info, value_info, &keys, &values)
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
    let parts = parts(map);
    let mut text = String::from("%{");
    for (index, (&key, &value)) in elements(parts.keys).iter().zip(elements(parts.values)).enumerate() {
        if index > 0 {
            text.push_str(", ");
        }
        text.push_str(&parts.key_info.display(key));
        text.push_str(" => ");
        text.push_str(&parts.value_info.display(value));
    }
    text.push('}');
    string::from_str(&text)
}
