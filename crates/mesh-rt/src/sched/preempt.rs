//! Time-sliced preemption (runtime.md §4.3, ABI.md "Preemption").
//!
//! Compiled code polls its thread's `mesh_preempt_flag` (a C thread-local,
//! src/sched/preempt_flag.c) at every function entry and loop back-edge and
//! calls `mesh_yield()` when it is set. A ticker thread sets the flag of a
//! worker whose process has been running for a whole [`TIME_SLICE`]
//! without a switch, so a busy process yields within about two slices and
//! cannot starve the others, while a poll costs compiled code one load and
//! a branch (no store, unlike a decremented budget). The ticker sleeps while
//! no worker runs a process.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use crossbeam_utils::sync::{Parker, Unparker};

/// How long a process may run before its worker's flag is set.
pub const TIME_SLICE: Duration = Duration::from_millis(2);

extern "C" {
    fn mesh_preempt_flag_address() -> *mut i64;
}

/// What the ticker knows of one worker.
struct Slot {
    /// The worker's flag (null until the worker has started).
    flag: AtomicPtr<i64>,
    /// Processes resumed on the worker so far.
    resumes: AtomicU64,
    /// Whether the worker is running a process now.
    running: AtomicBool,
}

struct Ticker {
    slots: Vec<Slot>,
    unparker: Unparker,
    sleeping: AtomicBool,
}

static TICKER: OnceLock<Ticker> = OnceLock::new();

/// Starts the ticker for `workers` workers (once).
pub fn start(workers: usize) {
    TICKER.get_or_init(|| {
        let parker = Parker::new();
        let ticker = Ticker {
            slots: (0..workers)
                .map(|_| Slot {
                    flag: AtomicPtr::new(std::ptr::null_mut()),
                    resumes: AtomicU64::new(0),
                    running: AtomicBool::new(false),
                })
                .collect(),
            unparker: parker.unparker().clone(),
            sleeping: AtomicBool::new(false),
        };
        std::thread::Builder::new()
            .name("mesh-preempt".into())
            .spawn(move || tick_forever(parker))
            .unwrap_or_else(|_| crate::panic::crash("internal runtime error: cannot start the preemption ticker"));
        ticker
    });
}

/// The calling thread's flag.
fn own_flag() -> &'static AtomicI64 {
    // SAFETY: the C thread-local lives as long as the thread; `AtomicI64`
    // has the layout of the `long` it points at.
    unsafe { AtomicI64::from_ptr(mesh_preempt_flag_address()) }
}

/// Called by worker `index` on its own thread before it runs processes.
pub fn register_worker(index: usize) {
    if let Some(slot) = TICKER.get().and_then(|t| t.slots.get(index)) {
        slot.flag.store(own_flag().as_ptr(), Ordering::Release);
    }
}

/// Worker `index` is about to resume a process.
pub fn on_resume(index: usize) {
    own_flag().store(0, Ordering::Relaxed);
    let Some(ticker) = TICKER.get() else { return };
    if let Some(slot) = ticker.slots.get(index) {
        slot.resumes.fetch_add(1, Ordering::Relaxed);
        slot.running.store(true, Ordering::SeqCst);
    }
    if ticker.sleeping.load(Ordering::SeqCst) {
        ticker.unparker.unpark();
    }
}

/// Worker `index`'s process has suspended.
pub fn on_suspend(index: usize) {
    if let Some(slot) = TICKER.get().and_then(|t| t.slots.get(index)) {
        slot.running.store(false, Ordering::Relaxed);
    }
}

/// Clears the calling thread's flag (`mesh_yield`).
pub fn clear_own_flag() {
    own_flag().store(0, Ordering::Relaxed);
}

fn tick_forever(parker: Parker) {
    let ticker = loop {
        match TICKER.get() {
            Some(ticker) => break ticker,
            None => std::thread::yield_now(),
        }
    };
    let mut seen = vec![u64::MAX; ticker.slots.len()];
    loop {
        std::thread::sleep(TIME_SLICE);
        let mut any_running = false;
        for (slot, seen) in ticker.slots.iter().zip(seen.iter_mut()) {
            if !slot.running.load(Ordering::Relaxed) {
                *seen = u64::MAX;
                continue;
            }
            any_running = true;
            let resumes = slot.resumes.load(Ordering::Relaxed);
            if resumes == *seen {
                let flag = slot.flag.load(Ordering::Acquire);
                if !flag.is_null() {
                    // SAFETY: worker threads never exit, so their flags stay valid.
                    unsafe { AtomicI64::from_ptr(flag) }.store(1, Ordering::Relaxed);
                }
            }
            *seen = resumes;
        }
        if !any_running {
            ticker.sleeping.store(true, Ordering::SeqCst);
            if !ticker.slots.iter().any(|s| s.running.load(Ordering::SeqCst)) {
                parker.park();
            }
            ticker.sleeping.store(false, Ordering::SeqCst);
        }
    }
}
