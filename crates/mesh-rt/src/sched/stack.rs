//! Stack memory: mmap'd, lazily committed, each with a guard region at its
//! low end (runtime.md §4.3). The main process has a stack of its own
//! ([`main_stack`]); every worker has one region ([`region`]) that the
//! other processes it runs share, each keeping a copy of its used bytes
//! while suspended (`swap`).
//!
//! A guard is a light guard region (`MADV_GUARD_INSTALL`, which does not
//! split the mapping) where the kernel has them, else `PROT_NONE` pages.
//! Touching it raises SIGSEGV, which `stack_guard` turns into a crash of
//! the process that overflowed alone.

use corosensei::stack::{Stack, StackPointer};

/// Reserved size of a worker's stack region, guard included: how deep
/// any process but `main` may recurse.
pub const REGION_SIZE: usize = 8 * 1024 * 1024;

/// Reserved size of the main process's stack, guard page included: deep
/// non-tail recursion in `main` works as deep as on a usual thread stack
/// and more.
pub const MAIN_STACK_SIZE: usize = 64 * 1024 * 1024;

/// Size of the guard region at the low end of each stack: several pages,
/// so a frame somewhat larger than a page still lands in it.
const GUARD_SIZE: usize = 16 * 1024;

/// `madvise` advice installing a guard region (Linux 6.13).
const MADV_GUARD_INSTALL: libc::c_int = 102;

/// A stack: `[low, low + size)`, the [`GUARD_SIZE`] bytes at `low` the
/// guard region. The value does not own the memory (a worker's region has
/// many views, one per coroutine created on it).
pub struct ProcessStack {
    low: usize,
    size: usize,
}

// SAFETY: a stack is plain memory; who may use it is the scheduler's rule.
unsafe impl Send for ProcessStack {}

// SAFETY: `base` and `limit` delimit a mapping we own whose lowest page is
// a guard page, and both are page aligned.
unsafe impl Stack for ProcessStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.low + self.size).expect("a mapped stack is not at address 0")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.low).expect("a mapped stack is not at address 0")
    }
}

impl ProcessStack {
    /// A view of the stack `[low, low + size)` (made by [`region`] or
    /// [`main_stack`]).
    pub fn view(low: usize, size: usize) -> ProcessStack {
        ProcessStack { low, size }
    }

    /// The lowest address (the guard region's start).
    pub fn low(&self) -> usize {
        self.low
    }

    /// The guard region's addresses `[start, end)`.
    pub fn guard(&self) -> (usize, usize) {
        (self.low, self.low + GUARD_SIZE)
    }

    /// The highest address of the stack (where it starts).
    pub fn top(&self) -> usize {
        self.low + self.size
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).ok().filter(|&s| s > 0).unwrap_or(4096)
}

/// Maps `len` bytes of lazily committed read-write memory.
fn map(len: usize) -> Option<usize> {
    // SAFETY: an anonymous private mapping at an address of the kernel's
    // choosing touches no existing memory.
    let address = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    (address != libc::MAP_FAILED).then_some(address as usize)
}

/// Makes the [`GUARD_SIZE`] bytes at `low` a guard region.
fn install_guard(low: usize) -> bool {
    let len = GUARD_SIZE.max(page_size());
    // SAFETY: `low` starts a stack in a mapping we own that nothing uses
    // yet.
    unsafe {
        libc::madvise(low as *mut libc::c_void, len, MADV_GUARD_INSTALL) == 0
            || libc::mprotect(low as *mut libc::c_void, len, libc::PROT_NONE) == 0
    }
}

/// Maps a stack of `size` bytes with its guard; crashes the caller when
/// the system has no memory left.
fn guarded(size: usize, what: &str) -> ProcessStack {
    let low = map(size).unwrap_or_else(|| crate::panic::crash(&format!("out of memory (no stack for {what})")));
    if !install_guard(low) {
        crate::panic::crash("internal runtime error: cannot install a stack guard page");
    }
    ProcessStack { low, size }
}

/// A worker's stack region, of [`REGION_SIZE`].
pub fn region() -> ProcessStack {
    guarded(REGION_SIZE, "a worker")
}

/// Unmaps a region nothing runs on any more (tests).
#[cfg(test)]
pub fn release_region(stack: ProcessStack) {
    // SAFETY: the caller's coroutines on it are done or dropped.
    unsafe { libc::munmap(stack.low as *mut libc::c_void, stack.size) };
}

/// The main process's stack, of [`MAIN_STACK_SIZE`].
pub fn main_stack() -> ProcessStack {
    guarded(MAIN_STACK_SIZE, "the main process")
}
