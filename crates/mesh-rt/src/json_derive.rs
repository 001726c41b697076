//! The runtime side of `deriving(Json)` and `deriving(Row)` (language
//! §3.6.7, §3.6.8; stdlib §14.2): building `Json` values from the
//! generated `to_json` helpers, reading JSON numbers, strings, arrays and
//! objects for the generated `from_json` helpers (with the exact error
//! texts), and parsing database row columns.
//!
//! Element conversions are passed as function addresses of generated
//! helpers (`extern "C" fn(word) -> word`). While a function here holds
//! objects in Rust vectors it keeps a [`heap::no_collection`] guard.

use crate::heap;
use crate::json::{
    fields, new_json, TAG_ARRAY, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NULL, TAG_OBJECT, TAG_STRING,
};
use crate::list::{self, elements};
use crate::map;
use crate::string::{self, as_str};
use crate::sum;
use crate::typeinfo::{self, mesh_typeinfo_string};

/// A conversion of one value by a generated helper.
type Convert = extern "C" fn(i64) -> i64;

/// The JSON `null`.
#[no_mangle]
pub extern "C" fn mesh_json_null() -> i64 {
    new_json(TAG_NULL, 0, 0)
}

/// A JSON integer.
#[no_mangle]
pub extern "C" fn mesh_json_of_int(n: i64) -> i64 {
    new_json(TAG_INT, n, 0)
}

/// A JSON number of a Float (its bits); NaN and infinities become `null`.
#[no_mangle]
pub extern "C" fn mesh_json_of_float(bits: i64) -> i64 {
    if f64::from_bits(bits as u64).is_finite() {
        new_json(TAG_FLOAT, bits, 0)
    } else {
        new_json(TAG_NULL, 0, 0)
    }
}

/// `true` / `false` of a Bool word.
#[no_mangle]
pub extern "C" fn mesh_json_of_bool(b: i64) -> i64 {
    new_json(TAG_BOOL, b & 1, 0)
}

/// A JSON string.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_of_string(s: i64) -> i64 {
    new_json(TAG_STRING, s, 0)
}

/// A JSON array of a List of Json values.
///
/// # Safety
/// `items` must be a List of Json objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_of_array(items: i64) -> i64 {
    new_json(TAG_ARRAY, items, 0)
}

/// A JSON object with the members `keys[i]: values[i]` in order.
///
/// # Safety
/// `keys` must be a List of Strings, `values` a List of Json objects of
/// the same length.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_of_object(keys: i64, values: i64) -> i64 {
    new_json(TAG_OBJECT, keys, values)
}

/// A JSON array of the elements of `list`, each converted by `convert`.
///
/// # Safety
/// `list` must be a List whose elements `convert` accepts.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_array_map(list: i64, convert: Convert) -> i64 {
    let _guard = heap::no_collection();
    let items: Vec<i64> = elements(list).iter().map(|&item| convert(item)).collect();
    new_json(TAG_ARRAY, list::from_slice(&items), 0)
}

/// A JSON object of a `Map<String, V>` in insertion order, the values
/// converted by `convert`.
///
/// # Safety
/// `map` must be a Map with String keys whose values `convert` accepts.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_object_map(map: i64, convert: Convert) -> i64 {
    let _guard = heap::no_collection();
    let parts = map::parts(map);
    let values: Vec<i64> = elements(parts.values).iter().map(|&v| convert(v)).collect();
    new_json(TAG_OBJECT, parts.keys, list::from_slice(&values))
}

/// Whether `json` is an object.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_is_object(json: i64) -> i64 {
    i64::from(fields(json).0 == TAG_OBJECT)
}

/// Whether `json` is `null`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_is_null(json: i64) -> i64 {
    i64::from(fields(json).0 == TAG_NULL)
}

/// An Int field: `Ok(n)`; a number with a fraction is truncated toward
/// zero; else `Err("expected Int")`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_decode_int(json: i64) -> i64 {
    match fields(json) {
        (TAG_INT, n, _) => sum::ok(n),
        (TAG_FLOAT, bits, _) => sum::ok(f64::from_bits(bits as u64).trunc() as i64),
        _ => sum::err_text("expected Int"),
    }
}

/// A Float field: `Ok(x)` of any number, else `Err("expected Float")`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_decode_float(json: i64) -> i64 {
    match fields(json) {
        (TAG_INT, n, _) => sum::ok((n as f64).to_bits() as i64),
        (TAG_FLOAT, bits, _) => sum::ok(bits),
        _ => sum::err_text("expected Float"),
    }
}

/// A Bool field: `Ok(b)`, else `Err("expected Bool")`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_decode_bool(json: i64) -> i64 {
    match fields(json) {
        (TAG_BOOL, b, _) => sum::ok(b),
        _ => sum::err_text("expected Bool"),
    }
}

/// A String field: `Ok(text)`, else `Err("expected String")`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_decode_string(json: i64) -> i64 {
    match fields(json) {
        (TAG_STRING, text, _) => sum::ok(text),
        _ => sum::err_text("expected String"),
    }
}

/// A List field: `Ok(list)` of the elements decoded by `decode` (each a
/// `Result`), the first `Err` as is, or `Err("expected Array")`.
///
/// # Safety
/// `json` must be a Json object; `decode` returns Result objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_decode_list(json: i64, decode: Convert) -> i64 {
    let (tag, items, _) = fields(json);
    if tag != TAG_ARRAY {
        return sum::err_text("expected Array");
    }
    let _guard = heap::no_collection();
    let mut values = Vec::with_capacity(elements(items).len());
    for &item in elements(items) {
        let result = decode(item);
        match sum::tag_and_payload(result) {
            (sum::TAG_OK, value) => values.push(value),
            _ => return result,
        }
    }
    sum::ok(list::from_slice(&values))
}

/// A `Map<String, V>` field: `Ok(map)` of the members decoded by `decode`
/// in document order (`value_info` is `V`'s TypeInfo), the first `Err`
/// as is, or `Err("expected Object")`.
///
/// # Safety
/// `json` must be a Json object, `decode` return Result objects, and
/// `value_info` be the address of a static TypeInfo.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_decode_map(json: i64, decode: Convert, value_info: i64) -> i64 {
    let (tag, keys, items) = fields(json);
    if tag != TAG_OBJECT {
        return sum::err_text("expected Object");
    }
    let _guard = heap::no_collection();
    let mut values = Vec::with_capacity(elements(items).len());
    for &item in elements(items) {
        let result = decode(item);
        match sum::tag_and_payload(result) {
            (sum::TAG_OK, value) => values.push(value),
            _ => return result,
        }
    }
    let value_info = typeinfo::from_word(value_info);
    let map = map::from_parts(&mesh_typeinfo_string, value_info, keys, list::from_slice(&values));
    sum::ok(map)
}

/// The `"tag"` text of a sum-type encoding, `""` when absent.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_variant_tag(json: i64) -> i64 {
    match member(json, "tag").map(|tag| fields(tag)) {
        Some((TAG_STRING, text, _)) => text,
        _ => string::from_str(""),
    }
}

/// `Ok(json)` of element `index` of the `"fields"` array of a sum-type
/// encoding; `Err("missing field: fields")` or `Err("expected Array")`.
///
/// # Safety
/// `json` must be a Json object.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_variant_field(json: i64, index: i64) -> i64 {
    let Some(items) = member(json, "fields") else {
        return sum::err_text("missing field: fields");
    };
    match fields(items) {
        (TAG_ARRAY, list, _) => match usize::try_from(index).ok().and_then(|i| elements(list).get(i)) {
            Some(&item) => sum::ok(item),
            None => sum::err_text(&format!("missing field: {index}")),
        },
        _ => sum::err_text("expected Array"),
    }
}

/// The member `key` of an object.
///
/// # Safety
/// `json` must be a Json object.
unsafe fn member(json: i64, key: &str) -> Option<i64> {
    match fields(json) {
        (TAG_OBJECT, keys, values) => elements(keys)
            .iter()
            .position(|&k| as_str(k) == key)
            .map(|i| elements(values)[i]),
        _ => None,
    }
}

/// A row column as an Int: the trimmed text as a decimal `i64`, else
/// `Err("cannot parse '<text>' as Int")`.
///
/// # Safety
/// `text` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_row_parse_int(text: i64) -> i64 {
    let raw = as_str(text);
    match raw.trim().parse::<i64>() {
        Ok(n) => sum::ok(n),
        Err(_) => sum::err_text(&format!("cannot parse '{raw}' as Int")),
    }
}

/// A row column as a Float (`Infinity`, `-Infinity`, `NaN` accepted),
/// else `Err("cannot parse '<text>' as Float")`.
///
/// # Safety
/// `text` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_row_parse_float(text: i64) -> i64 {
    let raw = as_str(text);
    let value = match raw.trim() {
        "Infinity" => Some(f64::INFINITY),
        "-Infinity" => Some(f64::NEG_INFINITY),
        "NaN" => Some(f64::NAN),
        other => other.parse::<f64>().ok(),
    };
    match value {
        Some(x) => sum::ok(x.to_bits() as i64),
        None => sum::err_text(&format!("cannot parse '{raw}' as Float")),
    }
}

/// A row column as a Bool: trimmed, case-insensitive `true|t|1|yes` or
/// `false|f|0|no`, else `Err("cannot parse '<text>' as Bool")`.
///
/// # Safety
/// `text` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_row_parse_bool(text: i64) -> i64 {
    let raw = as_str(text);
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" | "t" | "1" | "yes" => sum::ok(1),
        "false" | "f" | "0" | "no" => sum::ok(0),
        _ => sum::err_text(&format!("cannot parse '{raw}' as Bool")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    unsafe fn err_text(result: i64) -> String {
        let (tag, payload) = sum::tag_and_payload(result);
        assert_eq!(tag, sum::TAG_ERR);
        as_str(payload).to_owned()
    }

    unsafe fn ok_word(result: i64) -> i64 {
        let (tag, payload) = sum::tag_and_payload(result);
        assert_eq!(tag, sum::TAG_OK);
        payload
    }

    #[test]
    fn numbers_decode_with_truncation_and_widening() {
        unsafe {
            assert_eq!(ok_word(mesh_json_decode_int(new_json(TAG_FLOAT, (-2.7f64).to_bits() as i64, 0))), -2);
            assert_eq!(ok_word(mesh_json_decode_float(mesh_json_of_int(3))), 3.0f64.to_bits() as i64);
            assert_eq!(err_text(mesh_json_decode_int(mesh_json_null())), "expected Int");
            assert_eq!(err_text(mesh_json_decode_string(mesh_json_of_int(1))), "expected String");
            assert_eq!(mesh_json_is_null(mesh_json_of_float(f64::NAN.to_bits() as i64)), 1);
        }
    }

    #[test]
    fn row_columns_parse_with_the_exact_errors() {
        unsafe {
            assert_eq!(ok_word(mesh_row_parse_int(string::from_str(" 42 "))), 42);
            assert_eq!(err_text(mesh_row_parse_int(string::from_str("x1"))), "cannot parse 'x1' as Int");
            assert_eq!(ok_word(mesh_row_parse_bool(string::from_str("YES"))), 1);
            assert_eq!(err_text(mesh_row_parse_bool(string::from_str("maybe"))), "cannot parse 'maybe' as Bool");
            assert!(f64::from_bits(ok_word(mesh_row_parse_float(string::from_str("-Infinity"))) as u64).is_infinite());
            assert_eq!(err_text(mesh_row_parse_float(string::from_str("1.2.3"))), "cannot parse '1.2.3' as Float");
        }
    }
}
