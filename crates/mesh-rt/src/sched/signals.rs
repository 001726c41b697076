//! Everything that reaches a process from outside: wakes, user and system
//! messages, exit signals through links, monitors and trapping
//! (runtime.md §5, §7).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::message::{MessageValue, SystemKind, SystemMessage};
use super::pcb::{self, Process, State};
use super::{lifecycle, quiescence, table, worker, ExitReason, Pid};

static NEXT_REFERENCE: AtomicU64 = AtomicU64::new(1);

/// A fresh reference (monitors, service calls): positive and unique.
pub fn next_reference() -> u64 {
    NEXT_REFERENCE.fetch_add(1, Ordering::Relaxed)
}

/// Wakes `process`: a parked process becomes ready on its worker; any
/// other makes its next park return at once.
pub fn wake(process: &Arc<Process>) {
    let shared = process.shared();
    wake_locked(process, shared);
}

/// [`wake`] with the process's lock already held (released here).
fn wake_locked(process: &Arc<Process>, mut shared: std::sync::MutexGuard<'_, super::pcb::Shared>) {
    let worker = match shared.state {
        State::Parked => {
            shared.state = State::Ready;
            shared.worker
        }
        State::Exited => return,
        State::Ready | State::Running => {
            shared.notified = true;
            return;
        }
    };
    drop(shared);
    quiescence::add_busy();
    let worker = worker.expect("a parked process has started on a worker");
    worker::push_ready(process.clone(), worker);
}

/// Wakes the process `pid` if it is alive.
pub fn wake_pid(pid: Pid) {
    if let Some(process) = table::get(pid) {
        wake(&process);
    }
}

/// Appends a user message to `pid`'s mailbox (dropped when `pid` is not a
/// live process) and wakes it.
pub fn deliver_user(pid: Pid, message: MessageValue) {
    if let Some(process) = table::get(pid) {
        deliver_user_to(&process, message);
    }
}

/// Appends a user message to `process`'s mailbox (dropped when it has
/// exited) and wakes it.
pub fn deliver_user_to(process: &Arc<Process>, message: MessageValue) {
    let mut shared = process.shared();
    if shared.state == State::Exited {
        return;
    }
    shared.mailbox.user.push_back(Arc::new(message));
    wake_locked(process, shared);
}

/// Appends a system message to `pid`'s mailbox (dropped when `pid` is not
/// a live process) and wakes it. Returns whether it was delivered.
pub fn deliver_system(pid: Pid, message: SystemMessage) -> bool {
    let Some(process) = table::get(pid) else {
        return false;
    };
    let mut shared = process.shared();
    if shared.state == State::Exited {
        return false;
    }
    shared.mailbox.system.push_back(message);
    wake_locked(&process, shared);
    true
}

/// Makes `target` exit with `reason` at its next switch (at once when it
/// is the running process).
fn kill(target: &Arc<Process>, reason: ExitReason) {
    {
        let mut shared = target.shared();
        if shared.state == State::Exited {
            return;
        }
        // `killed` is untrappable and final: it replaces a pending exit
        // (which might lead into a terminate block that never ends) and
        // ends a process already running its terminate block.
        if reason == ExitReason::Killed {
            shared.pending_exit = Some(reason);
        } else {
            shared.pending_exit.get_or_insert(reason);
        }
    }
    let is_running_here = pcb::current().is_some_and(|current| current.pid == target.pid);
    if is_running_here {
        let reason = target.shared().pending_exit.take();
        lifecycle::exit_current(reason.unwrap_or(ExitReason::Killed));
    }
    wake(target);
}

/// Delivers the exit signal "`from` exited with `reason`" to `target`:
/// a trapping target gets it as a system message (except `killed`); an
/// other target exits with `reason` unless it is `normal`.
pub fn send_exit(target: Pid, from: Pid, reason: ExitReason) {
    let Some(process) = table::get(target) else {
        return;
    };
    let trapping = process.shared().trap_exit;
    if reason == ExitReason::Killed {
        kill(&process, ExitReason::Killed);
    } else if trapping {
        let mut signal = SystemMessage::new(SystemKind::Exit, from);
        signal.reason = Some(reason);
        deliver_system(target, signal);
    } else if reason != ExitReason::Normal {
        kill(&process, reason);
    }
}

/// The linked process `from` exited with `reason`; `partner` reacts
/// (runtime.md §7 step 2): a trapping partner gets the signal as a system
/// message; otherwise `normal` and `shutdown` are ignored and any other
/// reason makes it exit with `linked(from, reason)`.
pub fn link_exit(partner: Pid, from: Pid, reason: &ExitReason) {
    let Some(process) = table::get(partner) else {
        return;
    };
    let trapping = {
        let mut shared = process.shared();
        shared.links.retain(|&linked| linked != from);
        shared.trap_exit
    };
    if trapping {
        let mut signal = SystemMessage::new(SystemKind::Exit, from);
        signal.reason = Some(reason.clone());
        deliver_system(partner, signal);
    } else if !reason.is_ignored_by_links() {
        kill(&process, ExitReason::Linked(from, Box::new(reason.clone())));
    }
}

/// Links the running process and `other` (bidirectional, idempotent). A
/// dead or unknown `other` sends the running process the exit signal
/// `noproc` at once.
pub fn link(other: Pid) {
    let me = pcb::expect_current("link");
    if other != me.pid {
        link_between(me.pid, other);
    }
}

/// Links the processes `a` and `b`, neither of which need be the running
/// one; when `b` is dead or unknown, `a` gets the exit signal `noproc`
/// from it at once.
pub fn link_between(a: Pid, b: Pid) {
    let Some(first) = table::get(a) else {
        return;
    };
    let linked = table::get(b).is_some_and(|second| {
        let mut shared = second.shared();
        if shared.state == State::Exited {
            return false;
        }
        if !shared.links.contains(&a) {
            shared.links.push(a);
        }
        true
    });
    if linked {
        let mut shared = first.shared();
        if !shared.links.contains(&b) {
            shared.links.push(b);
        }
    } else {
        link_exit(a, b, &ExitReason::Noproc);
    }
}

/// Links two processes neither of which runs yet or both known alive (used
/// when spawning linked).
pub fn link_pair(a: &Process, b: &Process) {
    a.shared().links.push(b.pid);
    b.shared().links.push(a.pid);
}

/// Starts monitoring `target` from the running process; returns the
/// monitor reference. A dead or unknown target sends DOWN with `noproc` at
/// once.
pub fn monitor(target: Pid) -> u64 {
    let me = pcb::expect_current("Process.monitor");
    let reference = next_reference();
    // Recorded first, so an exit of the target right away finds it.
    me.shared().monitoring.push((reference, target));
    let watching = table::get(target).is_some_and(|process| {
        let mut shared = process.shared();
        if shared.state == State::Exited {
            return false;
        }
        shared.monitors.push((reference, me.pid));
        true
    });
    if !watching {
        me.shared().monitoring.retain(|&(r, _)| r != reference);
        let mut down = SystemMessage::new(SystemKind::Down, target);
        down.reference = reference;
        down.reason = Some(ExitReason::Noproc);
        deliver_system(me.pid, down);
    }
    reference
}

/// Stops the monitor `reference` of the running process; false when it is
/// unknown (or already fired). A DOWN already delivered stays.
pub fn demonitor(reference: u64) -> bool {
    let me = pcb::expect_current("Process.demonitor");
    let target = {
        let mut shared = me.shared();
        let Some(position) = shared.monitoring.iter().position(|&(r, _)| r == reference) else {
            return false;
        };
        shared.monitoring.remove(position).1
    };
    table::get(target).is_some_and(|process| {
        let mut shared = process.shared();
        let before = shared.monitors.len();
        shared.monitors.retain(|&(r, _)| r != reference);
        shared.monitors.len() != before
    })
}
