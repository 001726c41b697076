//! Large-object mappings that heaps let go of, kept for the next heaps.
//!
//! A heap keeps the mappings of its dead large objects in its own cache
//! (`large_cache`), trimmed after each collection to what the heap needs;
//! what a trim or a dropped heap lets go of comes here instead of going
//! back to the system, up to [`MAX_POOLED_BYTES`] in all, and a heap looks
//! here before it maps a large object. A process building big strings in
//! a loop (JSON documents, reports) then maps and unmaps next to nothing,
//! where every mapping used to cost an `mmap` and every release a
//! `munmap` with its TLB shootdown on every core.

use std::sync::Mutex;

use super::large_cache::LargeCache;
use super::os_memory;

/// At most this many bytes of mappings wait here.
pub const MAX_POOLED_BYTES: usize = 8 * 1024 * 1024;

/// The pool (a cache never trimmed: what does not fit is unmapped at once).
static POOL: Mutex<LargeCache> = Mutex::new(LargeCache::new());

fn lock() -> std::sync::MutexGuard<'static, LargeCache> {
    POOL.lock().unwrap_or_else(|e| e.into_inner())
}

/// Puts `[start, start + len)` in `pool` unless that would pass `limit`
/// bytes; false when it was not kept.
fn keep(pool: &mut LargeCache, start: usize, len: usize, limit: usize) -> bool {
    if pool.bytes() + len > limit {
        return false;
    }
    pool.put(start, len);
    true
}

/// A pooled mapping of at least `len` bytes and at most a quarter more:
/// `(start, its length)`. Its contents are whatever the last owner left.
pub fn take(len: usize) -> Option<(usize, usize)> {
    lock().take(len)
}

/// Keeps the mapping `[start, start + len)`, which holds no object, or
/// unmaps it when the pool is full.
pub fn give_or_unmap(start: usize, len: usize) {
    if !keep(&mut lock(), start, len, MAX_POOLED_BYTES) {
        // SAFETY: the caller no longer uses the mapping.
        unsafe { os_memory::unmap(start, len) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The addresses below are made up: every test empties its cache before
    // dropping it (a dropped cache hands its mappings on).

    #[test]
    fn a_kept_mapping_is_taken_again_within_a_quarter_of_its_length() {
        let mut pool = LargeCache::new();
        let len = 20 * 4096;
        assert!(keep(&mut pool, 0x10_0000, len, MAX_POOLED_BYTES));
        assert_eq!(pool.take(len + len / 2), None, "too short for the request");
        assert_eq!(pool.take(len - len / 2), None, "too long for the request");
        assert_eq!(pool.take(len - 4096), Some((0x10_0000, len)));
        assert_eq!(pool.take(len), None, "taken once");
        assert_eq!(pool.bytes(), 0);
    }

    #[test]
    fn the_pool_keeps_no_more_than_its_limit() {
        let mut pool = LargeCache::new();
        assert!(keep(&mut pool, 0x10_0000, 3 * 4096, 4 * 4096));
        assert!(!keep(&mut pool, 0x20_0000, 2 * 4096, 4 * 4096));
        assert_eq!(pool.bytes(), 3 * 4096);
        assert_eq!(pool.take(3 * 4096), Some((0x10_0000, 3 * 4096)));
    }
}
