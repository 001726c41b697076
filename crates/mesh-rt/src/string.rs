//! The String object (`{ header, len, bytes... }`, immutable UTF-8) and the
//! operators compiled code uses on it: `<>`, `==` and ordering.
//!
//! Every String object holds valid UTF-8: the compiler emits only valid
//! literals and the runtime builds strings only from Rust `str`s or from
//! pieces of valid strings cut at character boundaries. [`as_str`] relies on
//! that invariant.

use std::cmp::Ordering;

use crate::object::{mesh_desc_string, new_object, Header, HEADER_SIZE, META_STATIC};

/// Byte offset of the text inside a String object.
const TEXT_OFFSET: usize = HEADER_SIZE + 8;

/// A String object laid out at compile time, for texts the runtime returns
/// often (`""`, `"true"`, `"false"`).
#[repr(C, align(16))]
pub struct StaticString<const N: usize> {
    header: Header,
    len: u64,
    bytes: [u8; N],
}

// SAFETY: static strings are immutable; the header points at a static
// descriptor.
unsafe impl<const N: usize> Sync for StaticString<N> {}

impl<const N: usize> StaticString<N> {
    /// A static String object holding `bytes`, which must be UTF-8.
    pub const fn new(bytes: [u8; N]) -> Self {
        StaticString {
            header: Header {
                desc: &mesh_desc_string,
                meta: META_STATIC,
            },
            len: N as u64,
            bytes,
        }
    }

    /// The value word of this string.
    pub fn value(&'static self) -> i64 {
        self as *const Self as i64
    }
}

/// The empty string.
pub static EMPTY_STRING: StaticString<0> = StaticString::new([]);

/// A new String object of `len` bytes whose text `fill` writes. `fill` must
/// write valid UTF-8 into the whole buffer.
pub fn build(len: usize, fill: impl FnOnce(&mut [u8])) -> i64 {
    if len == 0 {
        return EMPTY_STRING.value();
    }
    let object = new_object(TEXT_OFFSET + len, &mesh_desc_string);
    // SAFETY: the object was allocated with room for `len` text bytes after
    // the length word.
    unsafe {
        object.add(HEADER_SIZE / 8).write(len as u64);
        fill(std::slice::from_raw_parts_mut(
            object.cast::<u8>().add(TEXT_OFFSET),
            len,
        ));
    }
    object as i64
}

/// A new String object with the text `text`.
pub fn from_str(text: &str) -> i64 {
    build(text.len(), |buffer| buffer.copy_from_slice(text.as_bytes()))
}

/// The UTF-8 bytes of the String object `s`.
///
/// # Safety
/// `s` must be a String object that outlives the returned slice.
pub unsafe fn as_bytes<'a>(s: i64) -> &'a [u8] {
    let len = *((s as *const u8).add(HEADER_SIZE) as *const u64) as usize;
    std::slice::from_raw_parts((s as *const u8).add(TEXT_OFFSET), len)
}

/// The text of the String object `s`.
///
/// # Safety
/// `s` must be a String object that outlives the returned `str`.
pub unsafe fn as_str<'a>(s: i64) -> &'a str {
    // SAFETY: String objects hold valid UTF-8 (module invariant).
    std::str::from_utf8_unchecked(as_bytes(s))
}

/// `a <> b`.
///
/// # Safety
/// `a` and `b` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_concat(a: i64, b: i64) -> i64 {
    let (left, right) = (as_bytes(a), as_bytes(b));
    if right.is_empty() {
        return a;
    }
    if left.is_empty() {
        return b;
    }
    build(left.len() + right.len(), |buffer| {
        buffer[..left.len()].copy_from_slice(left);
        buffer[left.len()..].copy_from_slice(right);
    })
}

/// `a == b` on strings: 1 when the contents are equal, else 0.
///
/// # Safety
/// `a` and `b` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_eq(a: i64, b: i64) -> i64 {
    i64::from(a == b || as_bytes(a) == as_bytes(b))
}

/// Bytewise comparison of two strings: -1, 0 or 1.
///
/// # Safety
/// `a` and `b` must be String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_string_cmp(a: i64, b: i64) -> i64 {
    match as_bytes(a).cmp(as_bytes(b)) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}
