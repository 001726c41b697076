//! A process's life from the inside, and its end (runtime.md §7):
//! the coroutine body, suspending to the scheduler (yield, park), exiting
//! with a reason (terminate block first), and what the runtime does after a
//! process has ended (links, monitors, names).

use std::time::Instant;

use crate::closure;

use super::message::{SystemKind, SystemMessage};
use super::pcb::{self, Process, ProcessYielder, Resume, State, Switch, TERMINATE_SLOT};
use super::{quiescence, signals, swap, table, timer, ExitReason, MAIN_PID};

/// What every process's coroutine runs: its start function, then the
/// exit path with reason `normal`.
pub fn process_body(yielder: &ProcessYielder) -> ExitReason {
    let process = pcb::expect_current("process start");
    // SAFETY: the process runs on this thread.
    let local = unsafe { process.local() };
    local.yielder = yielder;
    if let Some(start) = local.start.take() {
        start();
    }
    if process.pid == MAIN_PID {
        crate::heap::report_stats_if_requested(&crate::heap::stats());
    }
    run_terminate(process, ExitReason::Normal)
}

/// Suspends the running process with `switch`; acts on what the scheduler
/// answers (an exit signal ends the process).
fn suspend(process: &'static Process, switch: Switch) {
    // SAFETY: the process runs on this thread; the yielder lives at the
    // top of its stack for as long as the process runs.
    let resume = unsafe {
        let local = process.local();
        swap::switch_out(&*local.yielder, switch, &raw mut local.saved_sp)
    };
    if let Resume::Exit(reason) = resume {
        exit_current(reason);
    }
}

/// `mesh_yield`: lets the other ready processes of this worker run (a
/// collection of the process's heap may run first). Returns at once
/// outside processes.
pub fn yield_now() {
    let Some(process) = pcb::current() else {
        return;
    };
    crate::heap::collect_if_due();
    suspend(process, Switch::Ready);
}

/// Parks the running process until it is woken ([`signals::wake`]), or
/// returns at once when a wake arrived since its last park. Callers
/// re-check what they wait for: wakes may be spurious.
pub fn park() {
    let process = pcb::expect_current("park");
    {
        let mut shared = process.shared();
        if let Some(reason) = shared.pending_exit.take() {
            drop(shared);
            exit_current(reason);
        }
        if shared.notified {
            shared.notified = false;
            return;
        }
        shared.state = State::Parked;
    }
    quiescence::remove_busy();
    suspend(process, Switch::Park);
}

/// Parks the running process until it is woken or `deadline` (if any)
/// passes.
pub fn park_until(deadline: Option<Instant>) {
    match deadline {
        None => park(),
        Some(deadline) => {
            let process = pcb::expect_current("park");
            let id = timer::arm(deadline, timer::TimerAction::Wake(process.pid));
            park();
            if let Some(id) = id {
                timer::cancel(id);
            }
        }
    }
}

/// Ends the running process with `reason`: runs its terminate block
/// (once; a crash inside it is swallowed), then suspends for good. Outside
/// processes, and in the main process (an exit signal from a link), ends
/// the program with status 101.
pub fn exit_current(reason: ExitReason) -> ! {
    let Some(process) = pcb::current() else {
        crate::entry::exit_program(crate::panic::CRASH_EXIT_STATUS)
    };
    if process.pid == MAIN_PID {
        crate::output::write_stderr_line(&format!("[mesh-rt] process {MAIN_PID} crashed: {reason}"));
        crate::entry::exit_program(crate::panic::CRASH_EXIT_STATUS)
    }
    // A kill that ends a terminate block early is the reason the process
    // ends with.
    let killed = reason == ExitReason::Killed;
    let reason = match run_terminate(process, reason) {
        _ if killed => ExitReason::Killed,
        first => first,
    };
    loop {
        // SAFETY: the process runs on this thread.
        unsafe { (*process.local().yielder).suspend(Switch::Exit(reason.clone())) };
    }
}

/// Whether the running process is already exiting (running its terminate
/// block).
pub fn is_exiting() -> bool {
    // SAFETY: the process runs on this thread.
    pcb::current().is_some_and(|process| unsafe { process.local() }.exiting.is_some())
}

/// Runs the terminate block of the running process unless it is already
/// exiting, and returns the reason it ends with (the first one).
fn run_terminate(process: &'static Process, reason: ExitReason) -> ExitReason {
    // SAFETY: the process runs on this thread.
    let local = unsafe { process.local() };
    if let Some(first) = &local.exiting {
        return first.clone();
    }
    local.exiting = Some(reason.clone());
    let terminate = std::mem::take(&mut local.roots[TERMINATE_SLOT]);
    if terminate != 0 {
        // Keep it rooted on this stack while it runs.
        let terminate = std::hint::black_box(terminate);
        // SAFETY: `mesh_set_terminate` stored a closure of no arguments.
        unsafe { closure::call0(terminate) };
    }
    reason
}

/// After `process` ended with `reason`: marks it exited, cancels the
/// timers aimed at it, releases its names, drops its mailbox, notifies its
/// links and monitors, and last removes it from the process table. Runs on
/// the worker, outside the process.
pub fn notify_exit(process: &Process, reason: ExitReason) {
    let (links, monitors, names, mailbox, timers) = {
        let mut shared = process.shared();
        shared.state = State::Exited;
        shared.pending_exit = None;
        (
            std::mem::take(&mut shared.links),
            std::mem::take(&mut shared.monitors),
            std::mem::take(&mut shared.names),
            std::mem::take(&mut shared.mailbox),
            std::mem::take(&mut shared.timers),
        )
    };
    drop(mailbox);
    timer::cancel_all(&timers);
    table::unregister_all(&names);
    if process.pid == MAIN_PID {
        quiescence::main_finished();
    }
    for partner in links {
        signals::link_exit(partner, process.pid, &reason);
    }
    for (reference, watcher) in monitors {
        if let Some(watching) = table::get(watcher) {
            watching.shared().monitoring.retain(|&(r, _)| r != reference);
        }
        let mut down = SystemMessage::new(SystemKind::Down, process.pid);
        down.reference = reference;
        down.reason = Some(reason.clone());
        signals::deliver_system(watcher, down);
    }
    // Only now is the process gone from the table: once `is_alive` says
    // false, its links and monitors have had their signals.
    table::remove(process.pid);
    quiescence::remove_busy();
}
