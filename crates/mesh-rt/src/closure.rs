//! Calling Mesh function values from the runtime (ABI.md "Closures and
//! function values").
//!
//! A function value is a `CLOSURE` object whose word 0 is the address of its
//! code; the code takes the closure itself as a hidden first argument,
//! then the ordinary arguments, and returns one word. The callee may
//! allocate and collect: callers keep every object they still need in
//! their own locals (the stack is scanned) or under a
//! [`crate::heap::no_collection`] guard.

use crate::object::{field_ptr, new_object, TypeDesc, HEADER_SIZE, KIND_CLOSURE};

type Code0 = extern "C" fn(i64) -> i64;
type Code1 = extern "C" fn(i64, i64) -> i64;
type Code2 = extern "C" fn(i64, i64, i64) -> i64;
type Code3 = extern "C" fn(i64, i64, i64, i64) -> i64;

/// The code address stored in word 0 of the closure `f`.
///
/// # Safety
/// `f` must be a closure object.
unsafe fn code(f: i64) -> usize {
    *field_ptr(f, 0) as usize
}

/// Calls the function value `f` without arguments.
///
/// # Safety
/// `f` must be a closure object whose code takes no ordinary argument.
pub unsafe fn call0(f: i64) -> i64 {
    let code: Code0 = std::mem::transmute(code(f));
    code(f)
}

/// Calls the function value `f` with one argument.
///
/// # Safety
/// `f` must be a closure object whose code takes one ordinary argument.
pub unsafe fn call1(f: i64, a: i64) -> i64 {
    let code: Code1 = std::mem::transmute(code(f));
    code(f, a)
}

/// Calls the function value `f` with two arguments.
///
/// # Safety
/// `f` must be a closure object whose code takes two ordinary arguments.
pub unsafe fn call2(f: i64, a: i64, b: i64) -> i64 {
    let code: Code2 = std::mem::transmute(code(f));
    code(f, a, b)
}

/// Calls the function value `f` with three arguments.
///
/// # Safety
/// `f` must be a closure object whose code takes three ordinary arguments.
pub unsafe fn call3(f: i64, a: i64, b: i64, c: i64) -> i64 {
    let code: Code3 = std::mem::transmute(code(f));
    code(f, a, b, c)
}

/// Whether a Bool word returned by a callback is `true` (only bit 0
/// counts).
pub fn truthy(word: i64) -> bool {
    word & 1 != 0
}

/// Descriptor of the closures [`new`] builds: every capture may be a
/// pointer (a set bit on a scalar word is harmless, ABI.md rule 3).
static CLOSURE_DESCS: [TypeDesc; 4] = [
    closure_desc(1),
    closure_desc(2),
    closure_desc(3),
    closure_desc(4),
];

const fn closure_desc(n_fields: u32) -> TypeDesc {
    TypeDesc {
        kind: KIND_CLOSURE,
        n_fields,
        ptr_mask: ((1u64 << n_fields) - 1) & !1,
        name: c"Fun".as_ptr().cast(),
    }
}

/// A new function value whose code is `code` (called as
/// `code(closure, args...)`) with up to three `captures`, read by the code
/// from words 1.. of the closure. Lets the runtime hand Rust functions to
/// code that expects function values.
pub fn new(code: *const (), captures: &[i64]) -> i64 {
    assert!(captures.len() <= 3, "closure::new: at most three captures");
    let desc = &CLOSURE_DESCS[captures.len()];
    let object = new_object(HEADER_SIZE + 8 * (1 + captures.len()), desc) as i64;
    // SAFETY: the object has `1 + captures.len()` field words.
    unsafe {
        field_ptr(object, 0).write(code as i64);
        for (index, &capture) in captures.iter().enumerate() {
            field_ptr(object, index + 1).write(capture);
        }
    }
    object
}

/// Capture `index` (0-based) of the closure `f`.
///
/// # Safety
/// `f` must be a closure object with more than `index` captures.
pub unsafe fn capture(f: i64, index: usize) -> i64 {
    *field_ptr(f, index + 1)
}
