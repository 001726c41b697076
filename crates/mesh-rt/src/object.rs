//! The layout every heap object shares: the 16-byte [`Header`], the
//! [`TypeDesc`] it points at, the kinds, and `mesh_alloc`.
//!
//! A value that is not an Int, Float, Bool or Unit is the address of an
//! object: `{ desc, meta, fields... }`, each field one 64-bit word. Objects
//! are immutable once built. Objects the runtime builds itself are created
//! through [`new_object`]; static objects (string literals, the empty list,
//! `None`) carry [`META_STATIC`] in their header and are never freed.

use crate::heap;

/// Kind of a String object: `len: u64`, then `len` UTF-8 bytes.
pub const KIND_STRING: u32 = 1;
/// Kind of a tuple object: the elements, in order.
pub const KIND_TUPLE: u32 = 2;
/// Kind of a List object: `len: u64`, then `len` element words.
pub const KIND_LIST: u32 = 3;
/// Kind of a sum-type value: `tag: u64`, then the variant's fields.
pub const KIND_SUM: u32 = 4;
/// Kind of a struct object: the fields in declaration order.
pub const KIND_STRUCT: u32 = 5;
/// Kind of a closure object.
pub const KIND_CLOSURE: u32 = 6;
/// Kind of a Map object.
pub const KIND_MAP: u32 = 7;

/// `meta` bit 0: the object is static and never freed.
pub const META_STATIC: u64 = 1;

/// Size of the object header in bytes.
pub const HEADER_SIZE: usize = std::mem::size_of::<Header>();

/// What an object is (ABI.md "Heap objects").
#[repr(C)]
#[derive(Debug)]
pub struct TypeDesc {
    /// One of the `KIND_*` constants.
    pub kind: u32,
    /// Number of words after the header, for fixed-size kinds (0 for
    /// strings and lists, whose size follows from their `len` word).
    pub n_fields: u32,
    /// Bit `i` set: field word `i` is a pointer to an object.
    pub ptr_mask: u64,
    /// NUL-terminated type name, for diagnostics.
    pub name: *const u8,
}

// SAFETY: descriptors are immutable and `name` points at static bytes.
unsafe impl Sync for TypeDesc {}

impl TypeDesc {
    /// The type name without its NUL terminator.
    pub fn name(&self) -> &str {
        if self.name.is_null() {
            return "";
        }
        // SAFETY: `name` is a NUL-terminated static string (ABI.md).
        let bytes = unsafe { std::ffi::CStr::from_ptr(self.name.cast()) }.to_bytes();
        std::str::from_utf8(bytes).unwrap_or("")
    }
}

/// The first 16 bytes of every object.
#[repr(C)]
#[derive(Debug)]
pub struct Header {
    /// What the object is.
    pub desc: *const TypeDesc,
    /// Collector bits; bit 0 is [`META_STATIC`].
    pub meta: u64,
}

/// The descriptor of every String object, referenced by the compiler's
/// static string literals.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mesh_desc_string: TypeDesc = TypeDesc {
    kind: KIND_STRING,
    n_fields: 0,
    ptr_mask: 0,
    name: c"String".as_ptr().cast(),
};

/// The descriptor of every List object. A list does not record whether its
/// elements are pointers (`ptr_mask` is 0): the collector decides element by
/// element whether a word is the address of an object of the heap.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mesh_desc_list: TypeDesc = TypeDesc {
    kind: KIND_LIST,
    n_fields: 0,
    ptr_mask: 0,
    name: c"List".as_ptr().cast(),
};

/// A new object of `size` bytes (header included) described by `desc`:
/// header filled in, every other byte zero, 16-byte aligned.
pub fn new_object(size: usize, desc: *const TypeDesc) -> *mut u64 {
    let object = heap::allocate(size.max(HEADER_SIZE)).cast::<u64>();
    // SAFETY: the block holds at least the header and is suitably aligned.
    unsafe {
        object.cast::<Header>().write(Header { desc, meta: 0 });
    }
    object
}

/// The header of the object `value`.
///
/// # Safety
/// `value` must be the address of an object.
pub unsafe fn header<'a>(value: i64) -> &'a Header {
    &*(value as *const Header)
}

/// The address of field word `index` (counted after the header) of `object`.
///
/// # Safety
/// `object` must be an object with more than `index` field words.
pub unsafe fn field_ptr(object: i64, index: usize) -> *mut i64 {
    (object as *mut i64).add(HEADER_SIZE / 8 + index)
}

/// `mesh_alloc(size_bytes, desc_ptr) -> ptr`: a new object of `size_bytes`
/// (header included) with its header filled in and its fields zeroed.
///
/// # Safety
/// `desc` must be the address of a `TypeDesc` that outlives the object.
#[no_mangle]
pub unsafe extern "C" fn mesh_alloc(size_bytes: i64, desc: i64) -> i64 {
    let size = usize::try_from(size_bytes).unwrap_or(0);
    new_object(size, desc as *const TypeDesc) as i64
}
