//! The `String` module of the standard library (stdlib.md §4).
//!
//! Lengths and indices count Unicode scalar values (characters), never
//! bytes. None of these functions panic. Functions whose result equals an
//! argument return that argument's object instead of a copy.

use crate::string::{self, as_bytes, as_str};
use crate::{list, sum};

/// Byte offset of character `index` in `text` (`text.len()` past the end).
fn byte_offset(text: &str, index: usize) -> usize {
    if text.is_ascii() {
        return index.min(text.len());
    }
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(offset, _)| offset)
}

/// `String.length(s)`: the number of characters.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_length(s: i64) -> i64 {
    as_str(s).chars().count() as i64
}

/// `String.byte_size(s)`: the number of bytes of the UTF-8 encoding.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_byte_size(s: i64) -> i64 {
    as_bytes(s).len() as i64
}

/// `String.slice(s, start, end)`: characters `[start, end)`, both bounds
/// clamped into `[0, length]` and `end` raised to `start` if smaller.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_slice(s: i64, start: i64, end: i64) -> i64 {
    let text = as_str(s);
    let length = text.chars().count() as i64;
    let start = start.clamp(0, length);
    let end = end.clamp(0, length).max(start);
    if start == 0 && end == length {
        return s;
    }
    let from = byte_offset(text, start as usize);
    let to = from + byte_offset(&text[from..], (end - start) as usize);
    string::from_str(&text[from..to])
}

/// `String.contains(s, needle)`; the empty needle is always contained.
///
/// # Safety
/// `s` and `needle` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_contains(s: i64, needle: i64) -> i64 {
    i64::from(as_str(s).contains(as_str(needle)))
}

/// `String.starts_with(s, prefix)`.
///
/// # Safety
/// `s` and `prefix` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_starts_with(s: i64, prefix: i64) -> i64 {
    i64::from(as_bytes(s).starts_with(as_bytes(prefix)))
}

/// `String.ends_with(s, suffix)`.
///
/// # Safety
/// `s` and `suffix` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_ends_with(s: i64, suffix: i64) -> i64 {
    i64::from(as_bytes(s).ends_with(as_bytes(suffix)))
}

/// `String.trim(s)`: without leading and trailing Unicode whitespace.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_trim(s: i64) -> i64 {
    let text = as_str(s);
    let trimmed = text.trim();
    if trimmed.len() == text.len() {
        s
    } else {
        string::from_str(trimmed)
    }
}

/// `String.to_upper(s)`: Unicode upper-casing (`"ß"` becomes `"SS"`).
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_to_upper(s: i64) -> i64 {
    string::from_str(&as_str(s).to_uppercase())
}

/// `String.to_lower(s)`: Unicode lower-casing (a final `Σ` becomes `ς`).
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_to_lower(s: i64) -> i64 {
    string::from_str(&as_str(s).to_lowercase())
}

/// `String.replace(s, pattern, replacement)`: every non-overlapping
/// occurrence of `pattern`, scanning left to right, replaced. An empty
/// `pattern` inserts `replacement` before every character and at the end.
///
/// # Safety
/// `s`, `pattern` and `replacement` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_replace(s: i64, pattern: i64, replacement: i64) -> i64 {
    let (text, pattern) = (as_str(s), as_str(pattern));
    if !pattern.is_empty() && !text.contains(pattern) {
        return s;
    }
    string::from_str(&text.replace(pattern, as_str(replacement)))
}

/// `String.split(s, sep)`: the pieces between occurrences of `sep`, empty
/// pieces kept (`""` gives `[""]`). An empty `sep` gives
/// `["", c1, c2, ..., ""]`.
///
/// # Safety
/// `s` and `sep` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_split(s: i64, sep: i64) -> i64 {
    // The pieces wait in a `Vec`, where the collector cannot see them.
    let _no_collection = crate::heap::no_collection();
    let pieces: Vec<i64> = as_str(s).split(as_str(sep)).map(string::from_str).collect();
    list::from_slice(&pieces)
}

/// `String.join(parts, sep)`: the parts with `sep` between them; `[]`
/// gives `""`.
///
/// # Safety
/// `parts` must be a List of String objects and `sep` a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_join(parts: i64, sep: i64) -> i64 {
    let parts = list::elements(parts);
    let separator = as_bytes(sep);
    let total = parts
        .iter()
        .map(|&part| as_bytes(part).len())
        .sum::<usize>()
        + separator.len() * parts.len().saturating_sub(1);
    string::build(total, |buffer| {
        let mut at = 0;
        for (position, &part) in parts.iter().enumerate() {
            if position > 0 {
                buffer[at..at + separator.len()].copy_from_slice(separator);
                at += separator.len();
            }
            let bytes = as_bytes(part);
            buffer[at..at + bytes.len()].copy_from_slice(bytes);
            at += bytes.len();
        }
    })
}

/// `String.to_int(s)`: `Some(n)` when `s`, without surrounding whitespace,
/// is an optional sign followed by decimal digits that fit in an Int;
/// otherwise `None`.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_to_int(s: i64) -> i64 {
    match as_str(s).trim().parse::<i64>() {
        Ok(n) => sum::some_scalar(n),
        Err(_) => sum::none(),
    }
}

/// `String.to_float(s)`: `Some(x)` when `s`, without surrounding
/// whitespace, is a decimal or scientific number, `inf`/`infinity` or `NaN`
/// (optionally signed, case-insensitive names); otherwise `None`.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_to_float(s: i64) -> i64 {
    match as_str(s).trim().parse::<f64>() {
        Ok(x) => sum::some_scalar(x.to_bits() as i64),
        Err(_) => sum::none(),
    }
}
