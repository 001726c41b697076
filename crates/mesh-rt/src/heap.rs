//! Where object memory comes from: the current thread's [`Heap`], and when
//! it is collected.
//!
//! This is the only module the rest of the runtime asks for object memory
//! ([`allocate`]). Each thread has a current heap: the heap of the Mesh
//! process running on it, installed by the scheduler on every switch into
//! the process together with its stack base ([`install_process`]), or a
//! heap installed for a while by [`run_in_heap`] (building a copy in a heap
//! no code runs on), or else a fallback heap the thread creates on first
//! use and frees when it exits.
//!
//! # When collections run
//!
//! A collection runs inside [`allocate`], before the new block is taken,
//! when all of these hold:
//! - the thread is running a process (the scheduler or [`run_in_heap`]
//!   recorded the stack base), so every object in use is held by that
//!   process's frames;
//! - no [`NoCollection`] guard is alive on the thread;
//! - the heap is due ([`Heap::collection_due`]).
//!
//! Allocation from compiled code (`mesh_alloc`) and from the runtime
//! functions compiled code calls are therefore the safe points. The roots
//! are the stack and registers ([`crate::gc`]), which covers the Rust
//! frames of the runtime too: a runtime function may hold objects in its
//! locals and arguments across an allocation. The one rule for runtime code
//! is: **while holding objects anywhere other than its own locals — in a
//! `Vec`, a struct on the Rust heap, a static — keep a [`NoCollection`]
//! guard alive** (`String.split` builds its pieces in a `Vec`, so it
//! does). A fallback heap never collects automatically.

use std::cell::Cell;
use std::marker::PhantomData;
use std::sync::{Mutex, OnceLock};

use crate::gc::roots;
pub use crate::gc::{Heap, HeapStats};

/// Alignment of every object (ABI.md: objects are 16-byte aligned).
pub const OBJECT_ALIGN: usize = 16;

/// Environment variable that makes a program print its heap statistics to
/// stderr at exit when set to `1`.
pub const STATS_VARIABLE: &str = "MESH_GC_STATS";

thread_local! {
    /// The heap `allocate` uses; null until the first allocation or
    /// `run_in_heap`.
    static CURRENT: Cell<*mut Heap> = const { Cell::new(std::ptr::null_mut()) };
    /// The heap this thread created for itself, freed at thread exit.
    static FALLBACK: FallbackHeap = const { FallbackHeap(Cell::new(std::ptr::null_mut())) };
    /// Number of live `NoCollection` guards.
    static NO_COLLECTION_DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Owner of a thread's fallback heap.
struct FallbackHeap(Cell<*mut Heap>);

impl Drop for FallbackHeap {
    fn drop(&mut self) {
        let heap = self.0.replace(std::ptr::null_mut());
        if heap.is_null() {
            return;
        }
        if CURRENT.get() == heap {
            CURRENT.set(std::ptr::null_mut());
        }
        // SAFETY: created by `Box::into_raw` in `current_heap`; the thread
        // is exiting, so none of its objects is used any more.
        drop(unsafe { Box::from_raw(heap) });
    }
}

/// The current heap of this thread, creating the fallback heap if there is
/// none.
fn current_heap() -> *mut Heap {
    let heap = CURRENT.get();
    if !heap.is_null() {
        return heap;
    }
    let fallback = Box::into_raw(Box::new(Heap::new()));
    // During thread exit the owner may be gone: the heap is then leaked.
    let _ = FALLBACK.try_with(|owner| owner.0.set(fallback));
    CURRENT.set(fallback);
    fallback
}

/// A zeroed block of at least `size` bytes, aligned to [`OBJECT_ALIGN`],
/// in the current heap; may collect first (see the module docs).
///
/// Running out of memory crashes the current process.
pub fn allocate(size: usize) -> *mut u8 {
    let heap = current_heap();
    let collect = NO_COLLECTION_DEPTH.get() == 0
        // SAFETY: the current heap is alive and only this thread uses it;
        // no reference to it outlives a call of this module.
        && unsafe { (*heap).collection_due() };
    if collect {
        if let Some(base) = roots::recorded_stack_base() {
            // SAFETY: the thread runs a process whose objects are all held
            // by frames below `base` (or reachable from them), and no guard
            // says runtime code holds objects elsewhere.
            unsafe { (*heap).collect_from_stack(base) };
        }
    }
    // SAFETY: as above.
    match unsafe { (*heap).alloc(size) } {
        Some(block) => block.as_ptr(),
        None => crate::panic::crash(&format!("out of memory ({size} bytes requested)")),
    }
}

/// Runs `body` as a Mesh process whose objects live in `heap`: installs
/// `heap` as the thread's current heap and records the stack base for
/// collections, then restores the previous state. Objects created by
/// `body` are kept alive by `body`'s frames only (the caller's frames are
/// not scanned).
#[inline(never)]
pub fn run_in_heap<R>(heap: &mut Heap, body: impl FnOnce() -> R) -> R {
    let previous_heap = CURRENT.replace(heap);
    let previous_base = roots::set_stack_base(roots::stack_pointer());
    let result = run_below(body);
    roots::set_stack_base(previous_base);
    CURRENT.set(previous_heap);
    result
}

/// What a thread's memory state is while a process runs on it: its heap,
/// the base of its stack, its extra roots and its no-collection depth. The
/// scheduler installs a process's context on every switch into it
/// ([`install_process`]) and puts the previous one back when the process
/// suspends ([`restore_context`]), so allocation and collection always
/// see the running process's heap and stack.
pub struct MemoryContext {
    heap: *mut Heap,
    stack_base: usize,
    extra_roots: (usize, usize),
    no_collection_depth: usize,
}

/// Installs `heap`, the stack base `stack_base` and the root words
/// `extra_roots` (a range of addresses of words kept outside the stack) as
/// this thread's memory context, with no no-collection guard alive;
/// returns the context it replaced.
pub fn install_process(heap: *mut Heap, stack_base: usize, extra_roots: (usize, usize)) -> MemoryContext {
    MemoryContext {
        heap: CURRENT.replace(heap),
        stack_base: roots::set_stack_base(stack_base),
        extra_roots: roots::set_extra_roots(extra_roots),
        no_collection_depth: NO_COLLECTION_DEPTH.replace(0),
    }
}

/// Puts back a context [`install_process`] returned. Guards still alive
/// in the process that ran (it ended while holding one) are forgotten.
pub fn restore_context(previous: MemoryContext) {
    CURRENT.set(previous.heap);
    roots::set_stack_base(previous.stack_base);
    roots::set_extra_roots(previous.extra_roots);
    NO_COLLECTION_DEPTH.set(previous.no_collection_depth);
}

/// Calls `body` with the current heap (read only).
pub fn with_current_heap<R>(body: impl FnOnce(&Heap) -> R) -> R {
    // SAFETY: the current heap is alive and only this thread uses it.
    body(unsafe { &*current_heap() })
}

/// Collects the current heap if it is due and the thread runs a process
/// (a yield point of compiled code is a safe point).
pub fn collect_if_due() {
    let heap = current_heap();
    // SAFETY: as in `allocate`.
    let due = NO_COLLECTION_DEPTH.get() == 0 && unsafe { (*heap).collection_due() };
    if due {
        if let Some(base) = roots::recorded_stack_base() {
            // SAFETY: as in `allocate`.
            unsafe { (*heap).collect_from_stack(base) };
        }
    }
}

/// Calls `body` in a frame of its own, below the frame that recorded the
/// stack base.
#[inline(never)]
fn run_below<R>(body: impl FnOnce() -> R) -> R {
    body()
}

/// While alive, allocation on this thread never collects. Runtime code
/// holds one while it keeps objects outside its own locals (see the module
/// docs). Guards nest.
#[must_use = "the guard only works while it is alive"]
pub struct NoCollection {
    /// Tied to the thread it was made on.
    _thread: PhantomData<*const ()>,
}

/// A [`NoCollection`] guard.
pub fn no_collection() -> NoCollection {
    NO_COLLECTION_DEPTH.set(NO_COLLECTION_DEPTH.get() + 1);
    NoCollection {
        _thread: PhantomData,
    }
}

impl Drop for NoCollection {
    fn drop(&mut self) {
        NO_COLLECTION_DEPTH.set(NO_COLLECTION_DEPTH.get() - 1);
    }
}

/// Collects the current heap now, with this thread's stack (from the
/// recorded base, or the top of the thread's stack) and registers as the
/// roots.
///
/// # Safety
/// Every object of the current heap still needed must be reachable from
/// the stack or registers of this thread; no caller may hold one elsewhere
/// (in a `Vec`, on the Rust heap).
pub unsafe fn collect() {
    let heap = current_heap();
    let base = roots::recorded_stack_base().unwrap_or_else(roots::thread_stack_top);
    (*heap).collect_from_stack(base);
}

/// Statistics of the current heap.
pub fn stats() -> HeapStats {
    // SAFETY: see `allocate`.
    unsafe { (*current_heap()).stats() }
}

/// Whether `value` is the address of an object allocated (and not freed)
/// in the current heap.
pub fn owns_object(value: i64) -> bool {
    // SAFETY: see `allocate`.
    unsafe { (*current_heap()).owns_object(value as usize) }
}

/// The usable size in bytes (header included) of the block of the object
/// `value` of the current heap, or `None` when `value` is not the start of
/// such an object (a static object, a scalar).
pub fn object_capacity(value: i64) -> Option<usize> {
    // SAFETY: see `allocate`.
    unsafe { (*current_heap()).object_capacity(value as usize) }
}

/// Whether [`STATS_VARIABLE`] is `1` (read once).
fn stats_requested() -> bool {
    static REQUESTED: OnceLock<bool> = OnceLock::new();
    *REQUESTED.get_or_init(|| std::env::var_os(STATS_VARIABLE).is_some_and(|value| value == "1"))
}

/// Heaps of ended processes, and their statistics summed: (heaps,
/// collections, bytes allocated).
static ENDED: Mutex<(u64, u64, u64)> = Mutex::new((0, 0, 0));

/// Adds the statistics of the heap of a process that ended (kept only when
/// they will be printed).
pub fn record_ended_heap(stats: &HeapStats) {
    if stats_requested() {
        let mut ended = ENDED.lock().unwrap_or_else(|e| e.into_inner());
        ended.0 += 1;
        ended.1 += stats.collections;
        ended.2 += stats.allocated_bytes;
    }
}

/// Prints the summed statistics of the heaps of ended processes other than
/// `main` when [`STATS_VARIABLE`] is `1`, as `[mesh-rt] gc, other
/// processes: <h> heaps, <n> collections, <a> bytes allocated`.
pub fn report_ended_heaps_if_requested() {
    if stats_requested() {
        let (heaps, collections, allocated) = *ENDED.lock().unwrap_or_else(|e| e.into_inner());
        crate::output::write_stderr_line(&format!(
            "[mesh-rt] gc, other processes: {heaps} heaps, {collections} collections, {allocated} bytes allocated"
        ));
    }
}

/// Prints `stats` to stderr when the environment variable
/// [`STATS_VARIABLE`] is `1`, as
/// `[mesh-rt] gc: <n> collections, <a> bytes allocated, <l> bytes live after
/// the last collection, <p> bytes mapped at peak`.
pub fn report_stats_if_requested(stats: &HeapStats) {
    if stats_requested() {
        crate::output::write_stderr_line(&format!(
            "[mesh-rt] gc: {} collections, {} bytes allocated, {} bytes live after the last collection, {} bytes mapped at peak",
            stats.collections, stats.allocated_bytes, stats.live_bytes, stats.peak_mapped_bytes
        ));
    }
}
