//! Sum-type values the runtime builds itself: the `Option` and `Result`
//! results of stdlib functions (`String.to_int`, `Map.fetch`,
//! `File.read`, ...).
//!
//! Layout (ABI.md): `{ header, tag, payload }` with the tags of
//! `stdlib/prelude.mpl`: `Some` 0, `None` 1, `Ok` 0, `Err` 1. Every
//! `Option`/`Result` object the runtime makes has two field words; `None`
//! is one static object whose payload word is 0.

use crate::object::{field_ptr, new_object, Header, TypeDesc, HEADER_SIZE, KIND_SUM, META_STATIC};

/// Tag of `Some` (first variant of `Option`).
pub const TAG_SOME: u64 = 0;
/// Tag of `None` (second variant of `Option`).
pub const TAG_NONE: u64 = 1;
/// Tag of `Ok` (first variant of `Result`).
pub const TAG_OK: u64 = 0;
/// Tag of `Err` (second variant of `Result`).
pub const TAG_ERR: u64 = 1;

/// Descriptor of an `Option` whose payload is a scalar (Int, Float, Bool).
static OPTION_SCALAR_DESC: TypeDesc = TypeDesc {
    kind: KIND_SUM,
    n_fields: 2,
    ptr_mask: 0,
    name: c"Option".as_ptr().cast(),
};

/// Descriptor of an `Option` whose payload may be a pointer (a set bit on
/// a scalar payload is harmless, ABI.md rule 3).
static OPTION_DESC: TypeDesc = TypeDesc {
    kind: KIND_SUM,
    n_fields: 2,
    ptr_mask: 0b10,
    name: c"Option".as_ptr().cast(),
};

/// Descriptor of every `Result` the runtime builds (payload may be a
/// pointer).
static RESULT_DESC: TypeDesc = TypeDesc {
    kind: KIND_SUM,
    n_fields: 2,
    ptr_mask: 0b10,
    name: c"Result".as_ptr().cast(),
};

#[repr(C, align(16))]
struct StaticSum {
    header: Header,
    tag: u64,
    payload: u64,
}

// SAFETY: immutable, and the header points at a static descriptor.
unsafe impl Sync for StaticSum {}

static NONE: StaticSum = StaticSum {
    header: Header {
        desc: &OPTION_SCALAR_DESC,
        meta: META_STATIC,
    },
    tag: TAG_NONE,
    payload: 0,
};

/// `Some(payload)` for a payload that is not a pointer.
pub fn some_scalar(payload: i64) -> i64 {
    let object = new_object(HEADER_SIZE + 16, &OPTION_SCALAR_DESC) as i64;
    // SAFETY: the object has two field words.
    unsafe {
        field_ptr(object, 0).write(TAG_SOME as i64);
        field_ptr(object, 1).write(payload);
    }
    object
}

/// A two-word sum object `{ tag, payload }` described by `desc`.
fn tagged(desc: &'static TypeDesc, tag: u64, payload: i64) -> i64 {
    let object = new_object(HEADER_SIZE + 16, desc) as i64;
    // SAFETY: the object has two field words.
    unsafe {
        field_ptr(object, 0).write(tag as i64);
        field_ptr(object, 1).write(payload);
    }
    object
}

/// `Some(payload)` for any payload.
pub fn some(payload: i64) -> i64 {
    tagged(&OPTION_DESC, TAG_SOME, payload)
}

/// `Some(x)` for `Some(x)`, `None` for `None`.
pub fn from_option(value: Option<i64>) -> i64 {
    value.map_or_else(none, some)
}

/// `Ok(payload)`.
pub fn ok(payload: i64) -> i64 {
    tagged(&RESULT_DESC, TAG_OK, payload)
}

/// `Err(payload)`.
pub fn err(payload: i64) -> i64 {
    tagged(&RESULT_DESC, TAG_ERR, payload)
}

/// `Err(message)` with a new String object holding `message`.
pub fn err_text(message: &str) -> i64 {
    let text = crate::string::from_str(message);
    err(text)
}

/// The tag and payload of a two-word sum object (`Option`, `Result`).
///
/// # Safety
/// `value` must be such an object.
pub unsafe fn tag_and_payload(value: i64) -> (u64, i64) {
    (*field_ptr(value, 0) as u64, *field_ptr(value, 1))
}

/// `None`.
pub fn none() -> i64 {
    &NONE as *const StaticSum as i64
}

/// The payload of an `Option` value: `Some(word)` or `None`.
///
/// # Safety
/// `option` must be an `Option` object.
pub unsafe fn option_payload(option: i64) -> Option<i64> {
    if *field_ptr(option, 0) as u64 == TAG_SOME {
        Some(*field_ptr(option, 1))
    } else {
        None
    }
}
