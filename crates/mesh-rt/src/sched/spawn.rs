//! Creating processes (runtime.md §4.2): a [`Spawn`] gathers the new
//! process's heap (arguments are copied into it before it starts), whether
//! it is linked to or monitored by the caller, and whether it traps exits;
//! [`Spawn::start`] queues it and returns its pid at once.

use std::sync::Arc;

use crate::copy;
use crate::heap::{self, Heap};
use crate::typeinfo::TypeInfo;

use super::pcb::{self, Process};
use super::{quiescence, signals, table, worker, Pid, MAIN_PID};

/// A process about to be spawned.
pub struct Spawn {
    heap: Box<Heap>,
    link_to_caller: bool,
    monitored_by_caller: bool,
    trap_exit: bool,
}

/// What [`Spawn::start`] returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spawned {
    pub pid: Pid,
    /// The caller's monitor reference, when monitored.
    pub monitor: Option<u64>,
}

impl Default for Spawn {
    fn default() -> Self {
        Spawn::new()
    }
}

impl Spawn {
    /// A process with an empty heap, not linked, not monitored, not
    /// trapping.
    pub fn new() -> Spawn {
        Spawn {
            heap: Box::new(Heap::new()),
            link_to_caller: false,
            monitored_by_caller: false,
            trap_exit: false,
        }
    }

    /// Copies `value` (of the type `info` describes, living in the current
    /// heap) into the new process's heap; returns the copy, which the
    /// start function may use.
    pub fn copy_argument(&mut self, value: i64, info: &TypeInfo) -> i64 {
        let destination = &mut self.heap;
        heap::with_current_heap(|source| copy::copy_into(value, info, Some(source), destination))
    }

    /// Links the new process to the caller before it can run (the caller
    /// must be a process).
    pub fn linked(mut self) -> Spawn {
        self.link_to_caller = true;
        self
    }

    /// Makes the caller monitor the new process before it can run.
    pub fn monitored(mut self) -> Spawn {
        self.monitored_by_caller = true;
        self
    }

    /// Makes the new process trap exit signals from the start.
    pub fn trapping_exits(mut self) -> Spawn {
        self.trap_exit = true;
        self
    }

    /// Queues the process to run `body` (with its heap installed); the
    /// process exits with reason `normal` when `body` returns.
    pub fn start(self, body: impl FnOnce() + Send + 'static) -> Spawned {
        start_process(next_pid(), self, Box::new(body))
    }
}

fn next_pid() -> Pid {
    table::next_pid()
}

/// Starts the main process (pid 1) running `body`.
pub fn start_main(body: Box<dyn FnOnce() + Send>) {
    start_process(MAIN_PID, Spawn::new(), body);
}

fn start_process(pid: Pid, spawn: Spawn, body: Box<dyn FnOnce() + Send>) -> Spawned {
    let process = Arc::new(Process::new(pid, spawn.heap, body));
    process.shared().trap_exit = spawn.trap_exit;
    let mut monitor = None;
    if let Some(caller) = pcb::current() {
        if spawn.link_to_caller {
            signals::link_pair(caller, &process);
        }
        // SAFETY: the caller is the process running on this thread.
        if let Some((adopter, adopted)) = unsafe { caller.local() }.adopter.as_mut() {
            if let Some(adopter) = table::get(*adopter) {
                signals::link_pair(&adopter, &process);
                adopted.push(pid);
            }
        }
        if spawn.monitored_by_caller {
            let reference = signals::next_reference();
            process.shared().monitors.push((reference, caller.pid));
            caller.shared().monitoring.push((reference, pid));
            monitor = Some(reference);
        }
    }
    table::insert(process.clone());
    quiescence::add_busy();
    worker::push_new(process);
    Spawned { pid, monitor }
}
