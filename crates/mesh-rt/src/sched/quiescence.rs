//! When the program may exit (runtime.md §3, language.md §7.11): once
//! `main` has returned and nothing can make progress any more.
//!
//! The *busy* count is the number of processes that are ready or running
//! plus the number of armed timers. Every transition raises the count
//! before it lowers another (a wake counts the woken process before the
//! waker parks; a firing timer wakes its target before it is discounted),
//! so the count reaches 0 only when every process is finished or parked
//! with nothing that could wake it. The thread that started the program
//! waits in [`wait_until_quiescent`] for `main` to have finished and the
//! count to be 0.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Condvar, Mutex};

static BUSY: AtomicI64 = AtomicI64::new(0);
static MAIN_FINISHED: AtomicBool = AtomicBool::new(false);
static LOCK: Mutex<()> = Mutex::new(());
static QUIESCENT: Condvar = Condvar::new();

/// Something became able to make progress.
pub fn add_busy() {
    BUSY.fetch_add(1, Ordering::SeqCst);
}

/// Something stopped being able to make progress on its own.
pub fn remove_busy() {
    if BUSY.fetch_sub(1, Ordering::SeqCst) == 1 && MAIN_FINISHED.load(Ordering::SeqCst) {
        notify();
    }
}

/// The main process has ended (its own busy count is removed after).
pub fn main_finished() {
    MAIN_FINISHED.store(true, Ordering::SeqCst);
}

fn notify() {
    let _guard = LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    QUIESCENT.notify_all();
}

/// Blocks until `main` has finished and nothing is busy.
pub fn wait_until_quiescent() {
    let mut guard = LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    while !(MAIN_FINISHED.load(Ordering::SeqCst) && BUSY.load(Ordering::SeqCst) == 0) {
        guard = QUIESCENT.wait(guard).unwrap_or_else(|poisoned| poisoned.into_inner());
    }
}
