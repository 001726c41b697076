//! Timers: one thread serves every timer of the program from a heap of
//! deadlines (never a thread per timer). A timer either wakes a parked
//! process (`receive ... after`, `Timer.sleep`) or delivers a message
//! (`Timer.send_after`). Each armed timer counts as busy (`quiescence`)
//! until it fires or is cancelled; a process's exit cancels the timers
//! aimed at it, so only timers whose target is alive keep the program
//! running.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};
use std::time::Instant;

use super::message::MessageValue;
use super::{quiescence, signals, table, Pid};

/// What a timer does when it fires.
pub enum TimerAction {
    /// Wake the process.
    Wake(Pid),
    /// Send the message to the process.
    Send(Pid, MessageValue),
}

#[derive(Default)]
struct Timers {
    deadlines: BinaryHeap<Reverse<(Instant, u64)>>,
    /// Armed timers by id; a cancelled timer is no longer here.
    armed: HashMap<u64, TimerAction>,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl TimerAction {
    fn target(&self) -> Pid {
        match self {
            TimerAction::Wake(pid) | TimerAction::Send(pid, _) => *pid,
        }
    }
}

struct TimerService {
    timers: Mutex<Timers>,
    changed: Condvar,
}

static SERVICE: OnceLock<TimerService> = OnceLock::new();

fn service() -> &'static TimerService {
    SERVICE.get_or_init(|| {
        std::thread::Builder::new()
            .name("mesh-timer".into())
            .spawn(run)
            .unwrap_or_else(|_| crate::panic::crash("internal runtime error: cannot start the timer thread"));
        TimerService {
            timers: Mutex::new(Timers::default()),
            changed: Condvar::new(),
        }
    })
}

fn lock(service: &TimerService) -> MutexGuard<'_, Timers> {
    service.timers.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Arms a timer doing `action` at `deadline`; returns its id, or `None`
/// when the action's target is not a live process (nothing to do).
pub fn arm(deadline: Instant, action: TimerAction) -> Option<u64> {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let target = table::get(action.target())?;
    if !target.add_timer(id) {
        return None;
    }
    let service = service();
    let mut timers = lock(service);
    quiescence::add_busy();
    timers.armed.insert(id, action);
    timers.deadlines.push(Reverse((deadline, id)));
    drop(timers);
    service.changed.notify_one();
    Some(id)
}

/// Cancels timer `id` if it has not fired yet.
pub fn cancel(id: u64) {
    let removed = lock(service()).armed.remove(&id);
    if let Some(action) = removed {
        forget(action.target(), id);
        quiescence::remove_busy();
    }
}

/// Cancels the timers `ids` aimed at a process that exited.
pub fn cancel_all(ids: &[u64]) {
    for &id in ids {
        cancel(id);
    }
}

/// Drops timer `id` from its target's list.
fn forget(target: Pid, id: u64) {
    if let Some(process) = table::get(target) {
        process.remove_timer(id);
    }
}

fn fire(id: u64, action: TimerAction) {
    let target = action.target();
    match action {
        TimerAction::Wake(pid) => signals::wake_pid(pid),
        TimerAction::Send(pid, message) => signals::deliver_user(pid, message),
    }
    forget(target, id);
    quiescence::remove_busy();
}

/// The timer thread.
fn run() {
    let service = service();
    let mut timers = lock(service);
    loop {
        let now = Instant::now();
        match timers.deadlines.peek().copied() {
            Some(Reverse((deadline, id))) if deadline <= now => {
                timers.deadlines.pop();
                if let Some(action) = timers.armed.remove(&id) {
                    drop(timers);
                    fire(id, action);
                    timers = lock(service);
                }
            }
            Some(Reverse((deadline, _))) => {
                timers = service
                    .changed
                    .wait_timeout(timers, deadline - now)
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .0;
            }
            None => {
                timers = service.changed.wait(timers).unwrap_or_else(|poisoned| poisoned.into_inner());
            }
        }
    }
}
