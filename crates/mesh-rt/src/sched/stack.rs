//! Process stacks: mmap'd, lazily committed, each with a guard page at its
//! low end, reused through a pool (runtime.md §4.3).
//!
//! Stacks are carved out of slabs of [`SLAB_STACKS`] stacks (one mapping
//! each) so 100,000 live processes stay far below the kernel's limit on
//! mappings; a guard page is a light guard region
//! (`MADV_GUARD_INSTALL`, which does not split the mapping) where the
//! kernel has them, else `PROT_NONE` pages. Touching a guard page raises
//! SIGSEGV, which `stack_guard` turns into a crash of that process alone.
//!
//! A released stack goes back to the pool; beyond [`HOT_STACKS`] pooled
//! stacks, the pages of a released stack are given back to the system
//! first (the guard stays).

use std::sync::Mutex;

use corosensei::stack::{Stack, StackPointer};

/// Reserved size of an ordinary process's stack, guard page included.
pub const PROCESS_STACK_SIZE: usize = 256 * 1024;

/// Reserved size of the main process's stack, guard page included: deep
/// non-tail recursion in `main` works as deep as on a usual thread stack
/// and more.
pub const MAIN_STACK_SIZE: usize = 64 * 1024 * 1024;

/// Stacks per slab mapping.
const SLAB_STACKS: usize = 64;

/// Pooled stacks kept with their pages.
const HOT_STACKS: usize = 64;

/// Size of the guard region at the low end of each stack: several pages,
/// so a frame somewhat larger than a page still lands in it.
const GUARD_SIZE: usize = 16 * 1024;

/// `madvise` advice installing a guard region (Linux 6.13).
const MADV_GUARD_INSTALL: libc::c_int = 102;

/// A process's stack: `[low, low + size)`, the [`GUARD_SIZE`] bytes at
/// `low` the guard region.
pub struct ProcessStack {
    low: usize,
    size: usize,
}

// SAFETY: a stack is plain memory owned by whoever holds the value.
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
    /// The guard region's addresses `[start, end)`.
    pub fn guard(&self) -> (usize, usize) {
        (self.low, self.low + GUARD_SIZE)
    }

    /// The highest address of the stack (where it starts).
    pub fn top(&self) -> usize {
        self.low + self.size
    }
}

#[derive(Default)]
struct Pool {
    /// Released stacks whose pages are still committed.
    hot: Vec<ProcessStack>,
    /// Released stacks whose pages were given back.
    cold: Vec<ProcessStack>,
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    hot: Vec::new(),
    cold: Vec::new(),
});

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

fn lock_pool() -> std::sync::MutexGuard<'static, Pool> {
    POOL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A stack for an ordinary process; crashes the caller when the system
/// has no memory left.
pub fn acquire() -> ProcessStack {
    if let Some(stack) = {
        let mut pool = lock_pool();
        pool.hot.pop().or_else(|| pool.cold.pop())
    } {
        return stack;
    }
    // A new slab, made outside the lock (a crash here must not hold it).
    let slab = map(SLAB_STACKS * PROCESS_STACK_SIZE)
        .unwrap_or_else(|| crate::panic::crash("out of memory (no stack for a new process)"));
    let stacks: Vec<ProcessStack> = (0..SLAB_STACKS)
        .map(|index| {
            let low = slab + index * PROCESS_STACK_SIZE;
            if !install_guard(low) {
                crate::panic::crash("internal runtime error: cannot install a stack guard page");
            }
            ProcessStack {
                low,
                size: PROCESS_STACK_SIZE,
            }
        })
        .collect();
    let mut pool = lock_pool();
    pool.cold.extend(stacks);
    pool.cold.pop().expect("a new slab has stacks")
}

/// Gives `stack` back to the pool (a main stack is never released).
pub fn release(stack: ProcessStack) {
    let mut pool = lock_pool();
    if pool.hot.len() < HOT_STACKS {
        pool.hot.push(stack);
        return;
    }
    let (_, guard_end) = stack.guard();
    // SAFETY: the stack is unused; its pages above the guard become zero
    // pages again, the guard region stays.
    unsafe {
        libc::madvise(
            guard_end as *mut libc::c_void,
            stack.top() - guard_end,
            libc::MADV_DONTNEED,
        );
    }
    pool.cold.push(stack);
}

/// The main process's stack, of [`MAIN_STACK_SIZE`].
pub fn main_stack() -> ProcessStack {
    let low = map(MAIN_STACK_SIZE)
        .unwrap_or_else(|| crate::panic::crash("out of memory (no stack for the main process)"));
    if !install_guard(low) {
        crate::panic::crash("internal runtime error: cannot install a stack guard page");
    }
    ProcessStack {
        low,
        size: MAIN_STACK_SIZE,
    }
}

/// Whether `stack` is a main stack (never pooled).
pub fn is_main_stack(stack: &ProcessStack) -> bool {
    stack.size == MAIN_STACK_SIZE
}
