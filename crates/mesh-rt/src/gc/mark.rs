//! The mark phase: from conservative roots to every reachable object,
//! tracing objects precisely through their descriptors with an explicit
//! mark stack (no recursion, so deep structures cannot overflow the
//! native stack).
//!
//! Roots: every aligned word of the root ranges that points into an
//! allocated object of the heap — at its start, at any byte inside its
//! slot or mapping, or one past its end (a word on a 16-byte boundary also
//! counts for the object ending just before it) — marks that object.
//!
//! Fields: only words that hold values, so only words equal to the start
//! of an allocated object of this heap, mark it. Which words hold pointers
//! (ABI.md "Heap objects"):
//! - STRING: none;
//! - LIST: every element word is checked against the heap (a list does not
//!   record whether its elements are pointers; an Int or Float that happens
//!   to equal an object's address only keeps that object alive);
//! - every other kind (TUPLE, SUM, STRUCT, CLOSURE, MAP): word `i` after
//!   the header when bit `i` of the descriptor's `ptr_mask` is set, for `i`
//!   below `n_fields`; words 64 and beyond (past the mask) are all checked.
//!   For a SUM, word 0 is the tag, so its fields start at bit 1.
//!
//! Tracing never reads past the memory an object owns, even when a
//! descriptor claims more words, and ignores words pointing outside this
//! heap (static objects, other heaps).

use std::ops::Range;

use super::heap::{FoundObject, Heap};
use crate::object::{TypeDesc, HEADER_SIZE, KIND_LIST, KIND_STRING};

const WORD: usize = 8;
/// Words of the header.
const HEADER_WORDS: usize = HEADER_SIZE / WORD;

/// Marks every object of `heap` reachable from the words of `roots`.
///
/// # Safety
/// Every range must be readable memory; every allocated object of `heap`
/// must carry a valid header (or a null descriptor while being built).
pub(super) unsafe fn mark_from_roots(heap: &mut Heap, roots: &[Range<usize>]) {
    let mut marker = Marker {
        heap,
        pending: Vec::new(),
    };
    for range in roots {
        marker.scan_conservatively(range.clone());
    }
    marker.trace_pending();
}

struct Marker<'h> {
    heap: &'h mut Heap,
    /// Marked objects whose fields are not traced yet.
    pending: Vec<FoundObject>,
}

impl Marker<'_> {
    /// Marks the objects the aligned words of `range` point into.
    ///
    /// # Safety
    /// `range` must be readable memory.
    unsafe fn scan_conservatively(&mut self, range: Range<usize>) {
        let mut at = range.start.next_multiple_of(WORD);
        while at + WORD <= range.end {
            // A volatile read: the words belong to frames and registers
            // the compiler knows nothing about here.
            let word = std::ptr::read_volatile(at as *const usize);
            self.mark_containing(word);
            if word.is_multiple_of(16) {
                self.mark_containing(word.wrapping_sub(1));
            }
            at += WORD;
        }
    }

    fn mark_containing(&mut self, address: usize) {
        if let Some(object) = self.heap.object_containing(address) {
            self.mark(object);
        }
    }

    /// Marks the object a value word refers to, if any.
    fn mark_value(&mut self, word: u64) {
        if let Some(object) = self.heap.object_at(word as usize) {
            self.mark(object);
        }
    }

    fn mark(&mut self, object: FoundObject) {
        if self.heap.set_mark(object.location) {
            self.pending.push(object);
        }
    }

    /// Traces marked objects until none is left.
    ///
    /// # Safety
    /// As [`mark_from_roots`].
    unsafe fn trace_pending(&mut self) {
        while let Some(object) = self.pending.pop() {
            self.trace(object);
        }
    }

    /// Marks what the fields of `object` point at.
    ///
    /// # Safety
    /// As [`mark_from_roots`].
    unsafe fn trace(&mut self, object: FoundObject) {
        let words = object.address as *const u64;
        let capacity = object.capacity / WORD;
        let desc = *(words as *const *const TypeDesc);
        let Some(desc) = desc.as_ref() else {
            return;
        };
        match desc.kind {
            KIND_STRING => {}
            KIND_LIST => {
                let first = HEADER_WORDS + 1;
                if capacity < first {
                    return;
                }
                let len = (*words.add(HEADER_WORDS) as usize).min(capacity - first);
                for index in first..first + len {
                    self.mark_value(*words.add(index));
                }
            }
            _ => {
                let fields = (desc.n_fields as usize).min(capacity.saturating_sub(HEADER_WORDS));
                for field in 0..fields {
                    if field >= 64 || desc.ptr_mask & (1 << field) != 0 {
                        self.mark_value(*words.add(HEADER_WORDS + field));
                    }
                }
            }
        }
    }
}
