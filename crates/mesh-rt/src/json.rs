//! `Json` values and the `JSON`/`Json` module (stdlib.md §14.1): parsing
//! into runtime objects, inspecting them, and encoding simple values as
//! compact JSON text (`Json.encode` of any encodable value is
//! [`crate::json_encode`]).
//!
//! A `Json` value is an object `{ tag, a, b }` (kind `STRUCT`, named
//! `Json`): null (tag 0), bool (1, `a` = 0/1), integral number (2, `a` =
//! the Int), other number (3, `a` = the Float bits), string (4, `a` = a
//! String), array (5, `a` = a List of Json), object (6, `a` = a List of
//! String keys, `b` = a List of Json values, in document order).

use crate::heap;
use crate::json_doc::{self, Doc};
use crate::list::{self, elements};
use crate::map;
use crate::object::{field_ptr, new_object, TypeDesc, HEADER_SIZE, KIND_STRUCT};
use crate::string::{self, as_str};
use crate::{sum, tuple};

/// Descriptor of every Json object; `a` and `b` may be pointers.
static JSON_DESC: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: 3,
    ptr_mask: 0b110,
    name: c"Json".as_ptr().cast(),
};

pub(crate) const TAG_NULL: i64 = 0;
pub(crate) const TAG_BOOL: i64 = 1;
pub(crate) const TAG_INT: i64 = 2;
pub(crate) const TAG_FLOAT: i64 = 3;
pub(crate) const TAG_STRING: i64 = 4;
pub(crate) const TAG_ARRAY: i64 = 5;
pub(crate) const TAG_OBJECT: i64 = 6;

pub(crate) fn new_json(tag: i64, a: i64, b: i64) -> i64 {
    let json = new_object(HEADER_SIZE + 24, &JSON_DESC) as i64;
    // SAFETY: the object has three field words.
    unsafe {
        field_ptr(json, 0).write(tag);
        field_ptr(json, 1).write(a);
        field_ptr(json, 2).write(b);
    }
    json
}

/// `(tag, a, b)` of the Json object `json`.
///
/// # Safety
/// `json` must be a Json object.
pub(crate) unsafe fn fields(json: i64) -> (i64, i64, i64) {
    (*field_ptr(json, 0), *field_ptr(json, 1), *field_ptr(json, 2))
}

/// The runtime object of `doc`. Callers hold a [`heap::no_collection`]
/// guard: the pieces are kept in Rust vectors while the tree is built.
fn from_doc(doc: &Doc) -> i64 {
    match doc {
        Doc::Null => new_json(TAG_NULL, 0, 0),
        Doc::Bool(value) => new_json(TAG_BOOL, i64::from(*value), 0),
        Doc::Int(value) => new_json(TAG_INT, *value, 0),
        Doc::Float(value) => new_json(TAG_FLOAT, value.to_bits() as i64, 0),
        Doc::Str(text) => new_json(TAG_STRING, string::from_str(text), 0),
        Doc::Array(items) => {
            let items: Vec<i64> = items.iter().map(from_doc).collect();
            new_json(TAG_ARRAY, list::from_slice(&items), 0)
        }
        Doc::Object(members) => {
            let keys: Vec<i64> = members.iter().map(|(key, _)| string::from_str(key)).collect();
            let values: Vec<i64> = members.iter().map(|(_, value)| from_doc(value)).collect();
            new_json(TAG_OBJECT, list::from_slice(&keys), list::from_slice(&values))
        }
    }
}

/// The document a Json object stands for.
///
/// # Safety
/// `json` must be a Json object.
pub unsafe fn to_doc(json: i64) -> Doc {
    let (tag, a, b) = fields(json);
    match tag {
        TAG_BOOL => Doc::Bool(a != 0),
        TAG_INT => Doc::Int(a),
        TAG_FLOAT => Doc::Float(f64::from_bits(a as u64)),
        TAG_STRING => Doc::Str(as_str(a).to_owned()),
        TAG_ARRAY => Doc::Array(elements(a).iter().map(|&item| to_doc(item)).collect()),
        TAG_OBJECT => Doc::Object(
            elements(a)
                .iter()
                .zip(elements(b))
                .map(|(&key, &value)| (as_str(key).to_owned(), to_doc(value)))
                .collect(),
        ),
        _ => Doc::Null,
    }
}

/// `Json.parse(text)`: `Ok(json)` or `Err(<parser message>)`.
///
/// # Safety
/// `text` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_parse(text: i64) -> i64 {
    match json_doc::parse(as_str(text)) {
        Ok(doc) => {
            let _guard = heap::no_collection();
            let json = from_doc(&doc);
            sum::ok(json)
        }
        Err(message) => sum::err_text(&message),
    }
}

/// Display text of a Json value: its compact JSON text.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_to_string(json: i64) -> i64 {
    string::from_str(&to_doc(json).to_json())
}

/// Structural equality of two Json values (numbers compare as written:
/// `1` and `1.0` differ).
///
/// # Safety
/// `a` and `b` must be Json objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_eq(a: i64, b: i64) -> i64 {
    i64::from(a == b || to_doc(a) == to_doc(b))
}

/// `Json.kind(j)`: `"null"`, `"bool"`, `"number"`, `"string"`, `"array"`
/// or `"object"`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_kind(json: i64) -> i64 {
    let name = match fields(json).0 {
        TAG_BOOL => "bool",
        TAG_INT | TAG_FLOAT => "number",
        TAG_STRING => "string",
        TAG_ARRAY => "array",
        TAG_OBJECT => "object",
        _ => "null",
    };
    string::from_str(name)
}

/// `Json.field(j, key)`: `Some` of the member `key` of an object; `None`
/// when absent or when `j` is not an object.
///
/// # Safety
/// `json` must be a Json object, `key` a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_field(json: i64, key: i64) -> i64 {
    let (tag, keys, values) = fields(json);
    if tag != TAG_OBJECT {
        return sum::none();
    }
    let wanted = string::as_bytes(key);
    match elements(keys).iter().position(|&k| string::as_bytes(k) == wanted) {
        Some(index) => sum::some(elements(values)[index]),
        None => sum::none(),
    }
}

/// `Json.entries(j)`: `(key, value)` pairs of an object in document
/// order; `[]` for other kinds.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_entries(json: i64) -> i64 {
    let (tag, keys, _) = fields(json);
    if tag != TAG_OBJECT {
        return list::empty();
    }
    let len = elements(keys).len();
    let result = list::build(len, |_| {});
    for index in 0..len {
        let (_, keys, values) = fields(json);
        let pair = tuple::pair(elements(keys)[index], elements(values)[index]);
        list::set_element(result, index, pair);
    }
    result
}

/// `Json.elements(j)`: the elements of an array; `[]` for other kinds.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_elements(json: i64) -> i64 {
    match fields(json) {
        (TAG_ARRAY, items, _) => items,
        _ => list::empty(),
    }
}

/// `Json.as_string(j)`: `Some(text)` of a string, else `None`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_as_string(json: i64) -> i64 {
    match fields(json) {
        (TAG_STRING, text, _) => sum::some(text),
        _ => sum::none(),
    }
}

/// `Json.as_int(j)`: `Some(n)` of a number without fraction or exponent
/// that fits in 64 bits, else `None`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_as_int(json: i64) -> i64 {
    match fields(json) {
        (TAG_INT, n, _) => sum::some(n),
        _ => sum::none(),
    }
}

/// `Json.as_float(j)`: `Some(x)` of any number, else `None`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_as_float(json: i64) -> i64 {
    match fields(json) {
        (TAG_INT, n, _) => sum::some((n as f64).to_bits() as i64),
        (TAG_FLOAT, bits, _) => sum::some(bits),
        _ => sum::none(),
    }
}

/// `Json.as_bool(j)`: `Some(b)` of `true`/`false`, else `None`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_as_bool(json: i64) -> i64 {
    match fields(json) {
        (TAG_BOOL, b, _) => sum::some(b),
        _ => sum::none(),
    }
}

/// `Json.encode_string(s)`: a JSON string literal with quotes.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode_string(s: i64) -> i64 {
    let mut out = String::new();
    json_doc::write_string(&mut out, as_str(s));
    string::from_str(&out)
}

/// `Json.encode_int(n)`: decimal text.
#[no_mangle]
pub extern "C" fn mesh_json_encode_int(n: i64) -> i64 {
    string::from_str(&n.to_string())
}

/// `Json.encode_bool(b)`: `true` / `false`.
#[no_mangle]
pub extern "C" fn mesh_json_encode_bool(b: i64) -> i64 {
    string::from_str(if b & 1 != 0 { "true" } else { "false" })
}

/// `Json.encode_map(m)`: a JSON object of a `Map<String, String>`, in
/// insertion order.
///
/// # Safety
/// `map` must be a Map object with String keys and values.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode_map(map: i64) -> i64 {
    let parts = map::parts(map);
    let members = elements(parts.keys)
        .iter()
        .zip(elements(parts.values))
        .map(|(&key, &value)| (as_str(key).to_owned(), Doc::Str(as_str(value).to_owned())))
        .collect();
    string::from_str(&Doc::Object(members).to_json())
}

/// `Json.encode_list(xs)`: a JSON array of a `List<String>`.
///
/// # Safety
/// `list` must be a List of String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode_list(list: i64) -> i64 {
    let items = elements(list).iter().map(|&s| Doc::Str(as_str(s).to_owned())).collect();
    string::from_str(&Doc::Array(items).to_json())
}

/// `Json.get(json, key)`: the top-level member `key` of the document as
/// text (see [`Doc::flat_text`]); `""` for null, a missing key, a
/// non-object document or invalid JSON.
///
/// # Safety
/// `text` and `key` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_get(text: i64, key: i64) -> i64 {
    let doc = json_doc::parse(as_str(text)).ok();
    let member = doc.as_ref().and_then(|doc| doc.member(as_str(key)));
    string::from_str(&member.map(Doc::flat_text).unwrap_or_default())
}

/// `Json.get_nested(json, k1, k2)`: as `Json.get` for `json[k1][k2]`.
///
/// # Safety
/// `text`, `first` and `second` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_get_nested(text: i64, first: i64, second: i64) -> i64 {
    let doc = json_doc::parse(as_str(text)).ok();
    let member = doc
        .as_ref()
        .and_then(|doc| doc.member(as_str(first)))
        .and_then(|inner| inner.member(as_str(second)));
    string::from_str(&member.map(Doc::flat_text).unwrap_or_default())
}
