//! JSON documents as Rust values, in document order: parsing with
//! serde_json (whose `Value` would sort or hash object members) and
//! writing compact JSON text. [`crate::json`] turns them into runtime
//! `Json` objects and back.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Doc {
    Null,
    Bool(bool),
    /// A number without fraction or exponent that fits in an `i64`.
    Int(i64),
    /// Every other number.
    Float(f64),
    Str(String),
    Array(Vec<Doc>),
    /// Members in document order; a repeated key keeps its first position
    /// and takes its last value.
    Object(Vec<(String, Doc)>),
}

/// Parses one JSON document; the error is serde_json's message
/// (`expected value at line 1 column 1`).
pub fn parse(text: &str) -> Result<Doc, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}

struct DocVisitor;

impl<'de> Visitor<'de> for DocVisitor {
    type Value = Doc;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Doc, E> {
        Ok(Doc::Null)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Doc, E> {
        Ok(Doc::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Doc, E> {
        Ok(Doc::Int(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Doc, E> {
        Ok(i64::try_from(value).map_or(Doc::Float(value as f64), Doc::Int))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Doc, E> {
        Ok(Doc::Float(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Doc, E> {
        Ok(Doc::Str(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Doc, E> {
        Ok(Doc::Str(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Doc, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Doc::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Doc, A::Error> {
        let mut members: Vec<(String, Doc)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Doc>()? {
            match members.iter_mut().find(|(existing, _)| *existing == key) {
                Some(member) => member.1 = value,
                None => members.push((key, value)),
            }
        }
        Ok(Doc::Object(members))
    }
}

impl<'de> Deserialize<'de> for Doc {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Doc, D::Error> {
        deserializer.deserialize_any(DocVisitor)
    }
}

/// Appends `text` as a JSON string literal (standard escapes, non-ASCII
/// as raw UTF-8).
pub fn write_string(out: &mut String, text: &str) {
    out.push_str(&serde_json::to_string(text).unwrap_or_default());
}

/// Appends the JSON text of a Float: shortest round-trip text keeping a
/// fraction when integral (`1.0`), exponent form for extreme magnitudes
/// (`1e21`, `1e-7`), `null` for NaN and infinities.
pub fn write_float(out: &mut String, value: f64) {
    if value.is_finite() {
        let text = serde_json::to_string(&value).unwrap_or_default();
        out.push_str(&text.replacen("e+", "e", 1));
    } else {
        out.push_str("null");
    }
}

impl Doc {
    /// Compact JSON text (no whitespace, members in order).
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Doc::Null => out.push_str("null"),
            Doc::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Doc::Int(value) => out.push_str(&value.to_string()),
            Doc::Float(value) => write_float(out, *value),
            Doc::Str(text) => write_string(out, text),
            Doc::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Doc::Object(members) => {
                out.push('{');
                for (index, (key, value)) in members.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The member `key` of an object.
    pub fn member(&self, key: &str) -> Option<&Doc> {
        match self {
            Doc::Object(members) => members.iter().find(|(name, _)| name == key).map(|(_, value)| value),
            _ => None,
        }
    }

    /// The text `Json.get` gives for this value: strings unquoted, numbers
    /// and booleans in JSON spelling, arrays and objects as compact JSON,
    /// `""` for `null`.
    pub fn flat_text(&self) -> String {
        match self {
            Doc::Null => String::new(),
            Doc::Str(text) => text.clone(),
            other => other.to_json(),
        }
    }
}
