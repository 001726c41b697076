//! Where object memory comes from.
//!
//! This is the only module that obtains memory for Mesh objects. In the
//! Foundation stage it takes zeroed, 16-byte aligned blocks from the system
//! allocator and never frees them. The per-process heap with its collector
//! replaces the body of [`allocate`] (and adds what it needs here) without
//! any change to the rest of the runtime, which only ever calls
//! [`allocate`].

use std::alloc::{alloc_zeroed, Layout};

/// Alignment of every object (ABI.md: objects are 16-byte aligned).
pub const OBJECT_ALIGN: usize = 16;

/// A zeroed block of at least `size` bytes, aligned to [`OBJECT_ALIGN`].
///
/// Running out of memory crashes the current process.
pub fn allocate(size: usize) -> *mut u8 {
    let size = size.max(OBJECT_ALIGN);
    let Ok(layout) = Layout::from_size_align(size, OBJECT_ALIGN) else {
        crate::panic::crash(&format!("out of memory ({size} bytes requested)"));
    };
    // SAFETY: `layout` has a non-zero size.
    let block = unsafe { alloc_zeroed(layout) };
    if block.is_null() {
        crate::panic::crash(&format!("out of memory ({size} bytes requested)"));
    }
    block
}
