//! Small-object pages of freed heaps, kept for the next heaps.
//!
//! Every message and every process has a heap of its own, and most of them
//! live briefly (a service request, a reply, a short job); mapping a fresh
//! page for each and unmapping it at the end would cost two system calls
//! and page faults per message. A dropped heap gives its pages here
//! instead, up to [`MAX_POOLED`] pages in all, and so does a sweep with
//! the empty pages its heap does not keep; a heap takes one before it maps
//! any, and maps [`BATCH`] at once when the pool is empty. Pages need no
//! clearing: the heap zeroes every slot it hands out.

use std::sync::Mutex;

use super::os_memory;
use super::page::PAGE_SIZE;

/// At most this many pages wait in the pool (16 MiB of 64 KiB pages).
pub const MAX_POOLED: usize = 256;

static POOL: Mutex<Vec<usize>> = Mutex::new(Vec::new());

/// Pages mapped at once when the pool is empty: one aligned mapping
/// instead of a mapping (and two trims) per page.
pub const BATCH: usize = 16;

/// A pooled page (its base address), if there is one.
pub fn take() -> Option<usize> {
    POOL.lock().unwrap_or_else(|e| e.into_inner()).pop()
}

/// A page for a heap: a pooled one, else one of a fresh batch of
/// [`BATCH`] pages whose others join the pool (those that do not fit are
/// unmapped). `None` when the system has no memory left.
pub fn take_or_map() -> Option<usize> {
    if let Some(base) = take() {
        return Some(base);
    }
    let batch = os_memory::map_aligned(BATCH * PAGE_SIZE, PAGE_SIZE)?;
    for index in 1..BATCH {
        let base = batch + index * PAGE_SIZE;
        if !give(base) {
            // SAFETY: the page was just mapped and is not in use.
            unsafe { os_memory::unmap(base, PAGE_SIZE) };
        }
    }
    Some(batch)
}

/// Keeps the page at `base` for a later heap; `false` when the pool is
/// full (the caller unmaps the page).
pub fn give(base: usize) -> bool {
    debug_assert_eq!(base % PAGE_SIZE, 0);
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    if pool.len() >= MAX_POOLED {
        return false;
    }
    pool.push(base);
    true
}
