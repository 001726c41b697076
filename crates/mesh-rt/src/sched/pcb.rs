//! The process control block (runtime.md §4.2): what the runtime keeps for
//! each process, and which process the calling thread runs.
//!
//! A [`Process`] has two halves. [`Shared`] is behind a mutex: state,
//! mailbox, links, monitors, trap flag, a pending exit signal, registered
//! names; any thread may touch it. [`Local`] is touched only by the thread
//! running the process (its coroutine, its heap, its receive cursor, its
//! terminate closure): the worker that owns the process between switches,
//! the process itself while it runs.

use std::cell::{Cell, UnsafeCell};
use std::sync::{Mutex, MutexGuard};

use corosensei::{Coroutine, Yielder};

use crate::heap::Heap;

use super::message::Mailbox;
use super::receive::ReceiveState;
use super::stack::ProcessStack;
use super::{ExitReason, Pid};

/// What the scheduler tells a process it resumes.
pub enum Resume {
    /// Carry on.
    Continue,
    /// End with this reason (an exit signal arrived).
    Exit(ExitReason),
}

/// What a process tells the scheduler when it suspends.
pub enum Switch {
    /// Still ready: run it again after the others.
    Ready,
    /// Parked: it has marked itself waiting; a wake re-queues it.
    Park,
    /// It ended with this reason (its terminate block has run); its stack
    /// is abandoned.
    Exit(ExitReason),
}

/// A process's coroutine: resumed with [`Resume`], suspends with
/// [`Switch`], returns its exit reason.
pub type ProcessCoroutine = Coroutine<Resume, Switch, ExitReason, ProcessStack>;

/// The handle a process suspends through.
pub type ProcessYielder = Yielder<Resume, Switch>;

/// The states of runtime.md §4.2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// In a run queue (or about to be).
    Ready,
    /// Running on its worker.
    Running,
    /// Waiting for a wake (a message, a timer, an exit signal).
    Parked,
    /// Ended.
    Exited,
}

/// Number of root words a process keeps outside its stack.
pub const ROOT_SLOTS: usize = 1;

/// Root slot of the terminate closure.
pub const TERMINATE_SLOT: usize = 0;

/// The half any thread may touch, under the process's lock.
pub struct Shared {
    pub state: State,
    /// A wake arrived while the process was not parked: its next park
    /// returns at once.
    pub notified: bool,
    /// The worker the process runs on, once started.
    pub worker: Option<usize>,
    pub mailbox: Mailbox,
    /// Linked processes.
    pub links: Vec<Pid>,
    /// Monitors on this process: (reference, watching process).
    pub monitors: Vec<(u64, Pid)>,
    /// Monitors this process holds and that have not fired:
    /// (reference, monitored process).
    pub monitoring: Vec<(u64, Pid)>,
    /// Whether exit signals become system messages.
    pub trap_exit: bool,
    /// An exit signal to act on at the next switch into the process.
    pub pending_exit: Option<ExitReason>,
    /// Names registered for the process.
    pub names: Vec<String>,
    /// Armed timers aimed at the process (cancelled when it exits).
    pub timers: Vec<u64>,
}

/// The half only the thread running the process touches.
pub struct Local {
    pub coroutine: Option<ProcessCoroutine>,
    /// What the process runs, until it starts.
    pub start: Option<Box<dyn FnOnce() + Send>>,
    pub heap: Option<Box<Heap>>,
    /// The top of its stack, once started.
    pub stack_base: usize,
    /// While suspended: the lowest address of its stack that must be kept
    /// (`swap::switch_out`).
    pub saved_sp: usize,
    /// Its used stack bytes `[saved_sp, stack_base)` while another process
    /// runs on its worker's region (`swap`).
    pub saved_stack: Vec<u8>,
    /// Its stack's guard page `[start, end)`, once started.
    pub guard: (usize, usize),
    pub yielder: *const ProcessYielder,
    /// Root words kept outside the stack.
    pub roots: [i64; ROOT_SLOTS],
    pub receive: ReceiveState,
    /// Set once the process has begun to exit (its terminate block runs).
    pub exiting: Option<ExitReason>,
    /// A process that every process this one spawns is linked to at birth
    /// (a supervisor, while this process runs a child's start function),
    /// and the pids so linked.
    pub adopter: Option<(Pid, Vec<Pid>)>,
}

/// A process control block.
pub struct Process {
    pub pid: Pid,
    shared: Mutex<Shared>,
    local: UnsafeCell<Local>,
}

// SAFETY: `shared` is behind a mutex; `local` is only touched by the one
// thread running the process at a time (module docs).
unsafe impl Sync for Process {}
// SAFETY: as above.
unsafe impl Send for Process {}

impl Process {
    /// A ready process `pid` that will run `start` with `heap` as its heap.
    pub fn new(pid: Pid, heap: Box<Heap>, start: Box<dyn FnOnce() + Send>) -> Process {
        Process {
            pid,
            shared: Mutex::new(Shared {
                state: State::Ready,
                notified: false,
                worker: None,
                mailbox: Mailbox::default(),
                links: Vec::new(),
                monitors: Vec::new(),
                monitoring: Vec::new(),
                trap_exit: false,
                pending_exit: None,
                names: Vec::new(),
                timers: Vec::new(),
            }),
            local: UnsafeCell::new(Local {
                coroutine: None,
                start: Some(start),
                heap: Some(heap),
                stack_base: 0,
                saved_sp: 0,
                saved_stack: Vec::new(),
                guard: (0, 0),
                yielder: std::ptr::null(),
                roots: [0; ROOT_SLOTS],
                receive: ReceiveState::default(),
                exiting: None,
                adopter: None,
            }),
        }
    }

    /// Locks the shared half.
    pub fn shared(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Records timer `id` as aimed at the process; false once it exited.
    pub fn add_timer(&self, id: u64) -> bool {
        let mut shared = self.shared();
        if shared.state == State::Exited {
            return false;
        }
        shared.timers.push(id);
        true
    }

    /// Forgets timer `id` (it fired or was cancelled).
    pub fn remove_timer(&self, id: u64) {
        self.shared().timers.retain(|&timer| timer != id);
    }

    /// The local half.
    ///
    /// # Safety
    /// The caller must be the thread running or owning the process (module
    /// docs), and must not keep two such references alive at once.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn local(&self) -> &mut Local {
        &mut *self.local.get()
    }
}

thread_local! {
    /// The process running on this thread; null outside processes.
    static CURRENT: Cell<*const Process> = const { Cell::new(std::ptr::null()) };
}

/// Records `process` (null for none) as the one running on this thread;
/// returns the previous one.
pub fn set_current(process: *const Process) -> *const Process {
    CURRENT.replace(process)
}

/// The process running on this thread, if any.
pub fn current() -> Option<&'static Process> {
    let process = CURRENT.get();
    // SAFETY: the scheduler keeps an `Arc` of the running process alive
    // for as long as it is recorded here.
    (!process.is_null()).then(|| unsafe { &*process })
}

/// The process running on this thread; crashes outside processes.
pub fn expect_current(function: &str) -> &'static Process {
    current().unwrap_or_else(|| crate::panic::crash(&format!("{function}: called outside a process")))
}
