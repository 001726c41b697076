//! The cache of freed large-object mappings, so that a program allocating
//! big objects over and over (ever-longer strings, big lists) reuses memory
//! instead of mapping and unmapping it on every allocation.
//!
//! Large objects are rounded up to four sizes per power of two (as the
//! small size classes are), so successive objects of similar sizes share
//! a mapping length. The sweep puts the mappings of dead large objects
//! here; an allocation takes a cached mapping of its length (or up to a
//! quarter longer) before mapping a new one. After each sweep the cache is
//! trimmed to the large-object bytes allocated during the cycle just ended
//! (the demand the next cycle probably has), and never more than the next
//! collection threshold, so memory held stays bounded by
//! `live + threshold` as before; a program that stops allocating large
//! objects gets all of it back at the next collection.

use std::collections::BTreeMap;

use super::large_pool;
use super::os_memory::os_page_size;

/// Freed large-object mappings by length (a heap's own, and the
/// process-wide `large_pool`).
#[derive(Default)]
pub(super) struct LargeCache {
    blocks: BTreeMap<usize, Vec<usize>>,
    bytes: usize,
}

/// The mapping length for a large object of `size` bytes: `size` rounded
/// up to a quarter of its power of two, then to OS pages.
pub(super) fn mapping_len(size: usize) -> Option<usize> {
    let log = usize::BITS - 1 - size.max(1).leading_zeros();
    let step = (1usize << log) / 4;
    size.checked_next_multiple_of(step.max(1))?
        .checked_next_multiple_of(os_page_size())
}

impl LargeCache {
    /// An empty cache.
    pub const fn new() -> LargeCache {
        LargeCache {
            blocks: BTreeMap::new(),
            bytes: 0,
        }
    }

    /// Bytes of the mappings cached.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Takes a cached mapping of at least `len` bytes and at most a quarter
    /// more: `(start, its length)`.
    pub fn take(&mut self, len: usize) -> Option<(usize, usize)> {
        let (&found, starts) = self.blocks.range_mut(len..=len + len / 4).next()?;
        let start = starts.pop()?;
        if starts.is_empty() {
            self.blocks.remove(&found);
        }
        self.bytes -= found;
        Some((start, found))
    }

    /// Keeps the mapping `[start, start + len)` for reuse.
    pub fn put(&mut self, start: usize, len: usize) {
        self.blocks.entry(len).or_default().push(start);
        self.bytes += len;
    }

    /// Lets go of cached mappings (to the process-wide `large_pool`),
    /// smallest first, until at most `limit` bytes remain cached; returns
    /// the bytes let go of.
    pub fn trim(&mut self, limit: usize) -> usize {
        let mut unmapped = 0;
        while self.bytes > limit {
            let Some(mut entry) = self.blocks.first_entry() else {
                break;
            };
            let len = *entry.key();
            if let Some(start) = entry.get_mut().pop() {
                large_pool::give_or_unmap(start, len);
                self.bytes -= len;
                unmapped += len;
            }
            if entry.get().is_empty() {
                entry.remove();
            }
        }
        unmapped
    }
}

impl Drop for LargeCache {
    fn drop(&mut self) {
        self.trim(0);
    }
}
