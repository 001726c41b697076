//! `Json.encode` of any encodable value (stdlib.md §14.1): Int, Float,
//! Bool, String, `Json`, and `Option`, `List` and `Map` of encodable
//! types.
//!
//! The binding passes the `TypeInfo` of the value's type; its name is the
//! type's text (`Int`, `List<Option<String>>`, `Map<String, Json>`), which
//! [`Shape::parse`] reads to know how to walk the value's words.

use crate::json::to_doc;
use crate::json_doc::Doc;
use crate::list::elements;
use crate::map;
use crate::panic::runtime_error;
use crate::string::{self, as_str};
use crate::sum;
use crate::typeinfo;

/// How to read a value of an encodable type.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Int,
    Float,
    Bool,
    String,
    Json,
    Option(Box<Shape>),
    List(Box<Shape>),
    Map(Box<Shape>, Box<Shape>),
}

impl Shape {
    /// The shape of the type whose text is `name`, or `None` for a type
    /// that is not encodable.
    pub fn parse(name: &str) -> Option<Shape> {
        let mut rest = name;
        let shape = parse_type(&mut rest)?;
        rest.trim().is_empty().then_some(shape)
    }
}

/// Parses one type at the start of `rest`, advancing past it.
fn parse_type(rest: &mut &str) -> Option<Shape> {
    *rest = rest.trim_start();
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).unwrap_or(rest.len());
    let (head, tail) = rest.split_at(end);
    *rest = tail;
    let mut args = Vec::new();
    if let Some(inner) = rest.strip_prefix('<') {
        *rest = inner;
        loop {
            args.push(parse_type(rest)?);
            *rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix(',') {
                *rest = after;
            } else {
                *rest = rest.strip_prefix('>')?;
                break;
            }
        }
    }
    let mut args = args.into_iter();
    let shape = match (head, args.len()) {
        ("Int", 0) => Shape::Int,
        ("Float", 0) => Shape::Float,
        ("Bool", 0) => Shape::Bool,
        ("String", 0) => Shape::String,
        ("Json", 0) => Shape::Json,
        ("Option", 1) => Shape::Option(Box::new(args.next()?)),
        ("List", 1) => Shape::List(Box::new(args.next()?)),
        ("Map", 2) => Shape::Map(Box::new(args.next()?), Box::new(args.next()?)),
        _ => return None,
    };
    Some(shape)
}

/// The document of `value`, read as `shape`.
///
/// # Safety
/// `value` must be a value of the type `shape` describes.
pub unsafe fn to_document(value: i64, shape: &Shape) -> Doc {
    match shape {
        Shape::Int => Doc::Int(value),
        Shape::Float => Doc::Float(f64::from_bits(value as u64)),
        Shape::Bool => Doc::Bool(value & 1 != 0),
        Shape::String => Doc::Str(as_str(value).to_owned()),
        Shape::Json => to_doc(value),
        Shape::Option(inner) => match sum::tag_and_payload(value) {
            (sum::TAG_SOME, payload) => to_document(payload, inner),
            _ => Doc::Null,
        },
        Shape::List(inner) => Doc::Array(elements(value).iter().map(|&item| to_document(item, inner)).collect()),
        Shape::Map(key, inner) => {
            let parts = map::parts(value);
            Doc::Object(
                elements(parts.keys)
                    .iter()
                    .zip(elements(parts.values))
                    .map(|(&k, &v)| (key_text(k, key), to_document(v, inner)))
                    .collect(),
            )
        }
    }
}

/// The member name of a map key: a String itself, other keys their
/// Display text.
///
/// # Safety
/// `key` must be a value of the type `shape` describes.
unsafe fn key_text(key: i64, shape: &Shape) -> String {
    match shape {
        Shape::String => as_str(key).to_owned(),
        Shape::Float => crate::number_format::float_text(f64::from_bits(key as u64)),
        Shape::Bool => (if key & 1 != 0 { "true" } else { "false" }).to_owned(),
        _ => key.to_string(),
    }
}

/// `Json.encode(x)`: compact JSON text of any encodable value; `info`
/// describes the value's type. NaN and infinities encode as `null`.
///
/// # Safety
/// `info` must be a `TypeInfo` address and `value` a value of its type.
#[no_mangle]
pub unsafe extern "C" fn mesh_json_encode(value: i64, info: i64) -> i64 {
    let info = typeinfo::from_word(info);
    match Shape::parse(info.name()) {
        Some(shape) => string::from_str(&to_document(value, &shape).to_json()),
        None => runtime_error("Json.encode", format_args!("values of type {} are not encodable", info.name())),
    }
}
