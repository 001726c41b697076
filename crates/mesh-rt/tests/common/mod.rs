//! Helpers shared by the integration tests: building runtime objects from
//! Rust values and reading them back, always through the crate's own
//! constructors and accessors.
#![allow(dead_code)]

use mesh_rt::{list, string, sum};

/// A String object holding `text`.
pub fn s(text: &str) -> i64 {
    string::from_str(text)
}

/// The text of the String object `value`.
pub fn text(value: i64) -> String {
    unsafe { string::as_str(value) }.to_owned()
}

/// A List object of the given words.
pub fn list_of(words: &[i64]) -> i64 {
    list::from_slice(words)
}

/// A List of String objects.
pub fn list_of_strings(texts: &[&str]) -> i64 {
    list::from_slice(&texts.iter().map(|t| s(t)).collect::<Vec<_>>())
}

/// The element words of a List object.
pub fn words(value: i64) -> Vec<i64> {
    unsafe { list::elements(value) }.to_vec()
}

/// The texts of a List of String objects.
pub fn texts(value: i64) -> Vec<String> {
    words(value).into_iter().map(text).collect()
}

/// The payload of an Option object.
pub fn option(value: i64) -> Option<i64> {
    unsafe { sum::option_payload(value) }
}
