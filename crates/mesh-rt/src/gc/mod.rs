//! The per-process heap and its mark-sweep collector (architecture.md
//! decision 5, runtime.md §6).
//!
//! A [`Heap`] owns all the memory of the objects of one Mesh process, so
//! each actor can later have its own, collected on its own and freed whole
//! when dropped. The thread-level face — which heap the runtime allocates
//! from, when collections run, the no-collection guard — is
//! [`crate::heap`].
//!
//! Design:
//! - Allocation (`heap`, `page`, `size_class`, `os_memory`):
//!   non-moving. Objects up to 8 KiB take a slot of their size class in a
//!   64 KiB page (aligned to 64 KiB) with allocation and mark bitmaps
//!   beside it; bigger objects get their own mapping, reused from a
//!   bounded cache of freed ones (`large_cache`). Blocks come zeroed and
//!   16-byte aligned.
//! - Collection: stop the owning process, mark, sweep — one heap at a time,
//!   never touching other heaps.
//! - Roots (`roots`): the current thread's stack from the stack pointer
//!   to its recorded base, and the callee-saved registers, scanned
//!   conservatively: a word pointing anywhere into an allocated object (or
//!   just past it) keeps it, since optimised code may hold only a derived
//!   pointer.
//! - Marking (`mark`): objects are traced precisely from their
//!   descriptors with an explicit mark stack; list elements are checked
//!   word by word against the heap; pointers outside the heap (static
//!   objects, other heaps) are ignored. Mark bits live in the page bitmaps
//!   (and the large-object table); the `meta` word of objects is unused.
//! - Sweeping (`sweep`): the mark bitmap becomes the allocation bitmap,
//!   dead large objects go to the large-object cache (trimmed to the last
//!   cycle's large allocations) and spare empty pages are unmapped.
//! - Trigger ([`Heap::collection_due`]): more than
//!   `max(min threshold (4 MiB), 2 × live bytes after the last
//!   collection)` bytes allocated since the last collection.

pub mod heap;
mod large_cache;
mod large_pool;
mod mark;
mod os_memory;
mod page;
mod page_pool;
pub(crate) mod roots;
mod size_class;
mod sweep;

pub use heap::{Heap, HeapStats};
