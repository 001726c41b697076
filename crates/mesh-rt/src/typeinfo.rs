//! Type information for generic runtime functions (ABI.md "Type information
//! for generic runtime functions"): the [`TypeInfo`] record compiled code
//! passes for each `[T]` parameter of a binding, the ready-made infos of
//! the built-in scalar types and String, and helpers to use an info.

use std::ffi::CStr;

use crate::number_format::{mesh_bool_to_string, mesh_float_to_string, mesh_int_to_string};
use crate::string::{self, mesh_string_cmp, mesh_string_eq};

/// How the runtime compares, hashes and prints values of one concrete type.
#[repr(C)]
#[derive(Debug)]
pub struct TypeInfo {
    /// 1 when values are object pointers.
    pub is_pointer: u64,
    /// Structural equality (Bool word).
    pub eq: extern "C" fn(i64, i64) -> i64,
    /// -1/0/1; `None` when the type has no ordering.
    pub cmp: Option<extern "C" fn(i64, i64) -> i64>,
    /// `None` when the type has no Hash.
    pub hash: Option<extern "C" fn(i64) -> i64>,
    /// Display text (a String object); `None` without Display.
    pub to_string: Option<extern "C" fn(i64) -> i64>,
    /// NUL-terminated type name.
    pub name: *const u8,
    /// Rebuilds a value in the current heap (ABI.md "Messages and type
    /// tags"); the identity for scalars.
    pub copy: extern "C" fn(i64) -> i64,
}

// SAFETY: infos are immutable and `name` points at static bytes.
unsafe impl Sync for TypeInfo {}

impl TypeInfo {
    /// The type name without its NUL terminator.
    pub fn name(&self) -> &str {
        if self.name.is_null() {
            return "";
        }
        // SAFETY: `name` is a NUL-terminated static string (ABI.md).
        let bytes = unsafe { CStr::from_ptr(self.name.cast()) }.to_bytes();
        std::str::from_utf8(bytes).unwrap_or("")
    }

    /// Whether `a` and `b` are equal.
    pub fn equal(&self, a: i64, b: i64) -> bool {
        (self.eq)(a, b) & 1 != 0
    }

    /// Display text of `value`, or `<Type>` for a type without Display.
    pub fn display(&self, value: i64) -> String {
        match self.to_string {
            // SAFETY: `to_string` returns a String object, used at once.
            Some(render) => unsafe { string::as_str(render(value)) }.to_owned(),
            None => format!("<{}>", self.name()),
        }
    }
}

/// The info a `[T]` argument word points at.
///
/// # Safety
/// `info` must be the address of a static `TypeInfo`.
pub unsafe fn from_word<'a>(info: i64) -> &'a TypeInfo {
    &*(info as *const TypeInfo)
}

/// The word compiled code would pass for `info`.
pub fn word(info: &'static TypeInfo) -> i64 {
    info as *const TypeInfo as i64
}

/// The scalar kinds whose "zero value" stdlib.md §1.1 defines, recognised
/// by type name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZeroKind {
    /// `0`
    Int,
    /// `0.0`
    Float,
    /// `false`
    Bool,
    /// `""`
    String,
}

impl TypeInfo {
    /// Which zero value the type has, if any.
    pub fn zero_kind(&self) -> Option<ZeroKind> {
        match self.name() {
            "Int" => Some(ZeroKind::Int),
            "Float" => Some(ZeroKind::Float),
            "Bool" => Some(ZeroKind::Bool),
            "String" => Some(ZeroKind::String),
            _ => None,
        }
    }
}

/// The info of a value the runtime itself moves between processes (a
/// function value, a supervisor's children list): compared by identity,
/// copied through its objects' descriptors.
pub const fn by_descriptor(name: &'static std::ffi::CStr) -> TypeInfo {
    TypeInfo {
        is_pointer: 1,
        eq: word_eq,
        cmp: None,
        hash: None,
        to_string: None,
        name: name.as_ptr().cast(),
        copy: crate::copy::copy_by_descriptor,
    }
}

/// How the runtime copies a function value (a spawned entry, a service's
/// loop, a job's function, a child's start closure) into another process.
pub static FUNCTION_VALUE: TypeInfo = by_descriptor(c"function value");

/// The `copy` of scalar types: the word itself.
pub extern "C" fn copy_word(a: i64) -> i64 {
    a
}

extern "C" fn string_copy(a: i64) -> i64 {
    // SAFETY: String infos are only used with String objects.
    unsafe { crate::copy::mesh_string_copy(a) }
}

extern "C" fn word_eq(a: i64, b: i64) -> i64 {
    i64::from(a == b)
}

extern "C" fn int_cmp(a: i64, b: i64) -> i64 {
    a.cmp(&b) as i64
}

extern "C" fn word_hash(a: i64) -> i64 {
    // A 64-bit mix (splitmix64's finaliser) so that small keys spread.
    let mut x = a as u64;
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
    (x ^ (x >> 31)) as i64
}

extern "C" fn float_eq(a: i64, b: i64) -> i64 {
    i64::from(f64::from_bits(a as u64) == f64::from_bits(b as u64))
}

extern "C" fn float_cmp(a: i64, b: i64) -> i64 {
    let (x, y) = (f64::from_bits(a as u64), f64::from_bits(b as u64));
    x.partial_cmp(&y).map_or(0, |ordering| ordering as i64)
}

extern "C" fn float_hash(a: i64) -> i64 {
    // Equal Floats hash equal: -0.0 == 0.0, so both hash as 0.0's bits.
    let x = f64::from_bits(a as u64);
    let bits = if x == 0.0 { 0 } else { x.to_bits() };
    word_hash(bits as i64)
}

extern "C" fn string_eq(a: i64, b: i64) -> i64 {
    // SAFETY: String infos are only used with String objects.
    unsafe { mesh_string_eq(a, b) }
}

extern "C" fn string_cmp(a: i64, b: i64) -> i64 {
    // SAFETY: as above.
    unsafe { mesh_string_cmp(a, b) }
}

extern "C" fn string_hash(a: i64) -> i64 {
    // FNV-1a over the bytes.
    // SAFETY: as above.
    let bytes = unsafe { string::as_bytes(a) };
    let mut hash: u64 = 0xcbf29ce484222325;
    for &byte in bytes {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x100000001b3);
    }
    hash as i64
}

extern "C" fn string_itself(a: i64) -> i64 {
    a
}

static UNIT_TEXT: string::StaticString<2> = string::StaticString::new(*b"()");

extern "C" fn unit_to_string(_: i64) -> i64 {
    UNIT_TEXT.value()
}

/// The info of `Int`.
#[no_mangle]
pub static mesh_typeinfo_int: TypeInfo = TypeInfo {
    is_pointer: 0,
    eq: word_eq,
    cmp: Some(int_cmp),
    hash: Some(word_hash),
    to_string: Some(mesh_int_to_string),
    name: c"Int".as_ptr().cast(),
    copy: copy_word,
};

/// The info of `Float` (IEEE equality: `NaN != NaN`; `-0.0` and `0.0` hash
/// alike, language.md §3.7.3 lists `Float` among the `Hash` types).
#[no_mangle]
pub static mesh_typeinfo_float: TypeInfo = TypeInfo {
    is_pointer: 0,
    eq: float_eq,
    cmp: Some(float_cmp),
    hash: Some(float_hash),
    to_string: Some(mesh_float_to_string),
    name: c"Float".as_ptr().cast(),
    copy: copy_word,
};

/// The info of `Bool` (`false < true`).
#[no_mangle]
pub static mesh_typeinfo_bool: TypeInfo = TypeInfo {
    is_pointer: 0,
    eq: word_eq,
    cmp: Some(int_cmp),
    hash: Some(word_hash),
    to_string: Some(mesh_bool_to_string),
    name: c"Bool".as_ptr().cast(),
    copy: copy_word,
};

/// The info of `String` (content equality, bytewise order).
#[no_mangle]
pub static mesh_typeinfo_string: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: string_eq,
    cmp: Some(string_cmp),
    hash: Some(string_hash),
    to_string: Some(string_itself),
    name: c"String".as_ptr().cast(),
    copy: string_copy,
};

/// The info of `()`.
#[no_mangle]
pub static mesh_typeinfo_unit: TypeInfo = TypeInfo {
    is_pointer: 0,
    eq: word_eq,
    cmp: Some(int_cmp),
    hash: Some(word_hash),
    to_string: Some(unit_to_string),
    name: c"()".as_ptr().cast(),
    copy: copy_word,
};
