//! Receiving: the selective `receive` of compiled code (ABI.md "Sending and
//! receiving", runtime.md §5) and the system-message waits of the runtime's
//! own protocols.
//!
//! A `receive` examines only user messages tagged with its type, oldest
//! first, through a cursor: `next` moves to the next candidate at or after
//! the cursor (parking while there is none), `value` copies it into the
//! process's heap, `accept` removes it. A candidate not accepted stays in
//! place and the cursor moves past it, so a message that matches no arm is
//! looked at once per `receive` and keeps its position. Only the owning
//! process removes messages, so positions before the cursor never shift
//! under it.

use std::time::{Duration, Instant};

use super::lifecycle;
use super::message::SystemMessage;
use super::pcb::{self, Process};

/// The `receive` in progress in a process.
#[derive(Default)]
pub struct ReceiveState {
    /// The type tag examined.
    tag: i64,
    /// When the `after` clause fires, if there is one.
    deadline: Option<Instant>,
    /// Index in the user queue of the first message not yet examined.
    cursor: usize,
    /// Index of the current candidate.
    candidate: Option<usize>,
}

fn current_with_state(function: &str) -> (&'static Process, &'static mut ReceiveState) {
    let process = pcb::expect_current(function);
    // SAFETY: the process runs on this thread.
    let state = &mut unsafe { process.local() }.receive;
    (process, state)
}

/// `mesh_receive_begin`: starts a `receive` of messages tagged `tag`;
/// `timeout_ms` < 0 means no `after` clause.
pub fn begin(tag: i64, timeout_ms: i64) {
    let (_, state) = current_with_state("receive");
    let deadline = u64::try_from(timeout_ms)
        .ok()
        .map(|ms| Instant::now() + Duration::from_millis(ms));
    *state = ReceiveState {
        tag,
        deadline,
        cursor: 0,
        candidate: None,
    };
}

/// `mesh_receive_next`: moves to the next candidate; false once the
/// deadline has passed with none.
pub fn next() -> bool {
    let (process, state) = current_with_state("receive");
    if let Some(previous) = state.candidate.take() {
        state.cursor = previous + 1;
    }
    loop {
        {
            let shared = process.shared();
            let user = &shared.mailbox.user;
            if let Some(offset) = user.iter().skip(state.cursor).position(|m| m.tag() == state.tag) {
                let index = state.cursor + offset;
                state.candidate = Some(index);
                state.cursor = index;
                return true;
            }
            state.cursor = user.len();
        }
        if state.deadline.is_some_and(|deadline| Instant::now() >= deadline) {
            return false;
        }
        lifecycle::park_until(state.deadline);
    }
}

/// `mesh_receive_value`: a fresh copy of the candidate in the process's
/// heap.
pub fn value() -> i64 {
    let (process, state) = current_with_state("receive");
    let Some(index) = state.candidate else {
        crate::panic::crash("internal runtime error: mesh_receive_value without a candidate")
    };
    // Copy outside the lock (the copy runs compiled code and may crash);
    // the message stays alive through its own handle.
    let message = process.shared().mailbox.user[index].clone();
    message.copy_here()
}

/// `mesh_receive_accept`: removes the candidate from the mailbox.
pub fn accept() {
    let (process, state) = current_with_state("receive");
    if let Some(index) = state.candidate.take() {
        let removed = process.shared().mailbox.user.remove(index);
        drop(removed);
        state.cursor = index;
    }
}

/// Removes and returns the oldest system message of the running process
/// that `select` accepts, parking while there is none; `None` once
/// `timeout` (if any) has passed. Other messages stay in place.
pub fn receive_system(
    mut select: impl FnMut(&SystemMessage) -> bool,
    timeout: Option<Duration>,
) -> Option<SystemMessage> {
    let process = pcb::expect_current("receive_system");
    let deadline = timeout.map(|timeout| Instant::now() + timeout);
    loop {
        {
            let mut shared = process.shared();
            let system = &mut shared.mailbox.system;
            if let Some(index) = system.iter().position(&mut select) {
                return system.remove(index);
            }
        }
        if deadline.is_some_and(|deadline| Instant::now() >= deadline) {
            return None;
        }
        lifecycle::park_until(deadline);
    }
}

/// Drops every user message of the running process (a service discards
/// what it cannot handle).
pub fn discard_user_messages() {
    let process = pcb::expect_current("discard_user_messages");
    let dropped = std::mem::take(&mut process.shared().mailbox.user);
    drop(dropped);
}
