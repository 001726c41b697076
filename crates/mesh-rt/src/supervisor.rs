//! The supervisor process (runtime.md §9, stdlib.md §18):
//! `mesh_supervisor_spawn` starts a process that traps exits, starts its
//! children in declaration order (linking to each), and then carries out
//! the decisions of [`crate::supervisor_policy`] for every exit signal it
//! gets: starting children by calling their `start` closures, terminating
//! them (`brutal_kill`, or a `shutdown` signal then a kill after the
//! timeout), and exiting when the restart intensity is exceeded.
//!
//! Exit signals from processes that are not running children: `normal` is
//! ignored; any other reason (a `shutdown` from an enclosing supervisor, a
//! crash of a linked process) terminates every child in reverse order and
//! ends the supervisor with that reason.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::closure;
use crate::list::elements;
use crate::object::field_ptr;
use crate::sched::{self, receive_system, ExitReason, Pid, Spawn, SystemKind, SystemMessage};
use crate::string;
use crate::supervisor_policy::{ChildSpec, ExitKind, Policy, Restart, Shutdown, Step, Strategy};
use crate::typeinfo::TypeInfo;

/// How the children list is copied into the supervisor: a List of tuples
/// of a String, a closure and two Ints, copied through their descriptors.
static CHILDREN_INFO: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: same_word,
    cmp: None,
    hash: None,
    to_string: None,
    name: c"List<(String, fn() -> Pid, Int, Int)>".as_ptr().cast(),
    copy: crate::copy::copy_by_descriptor,
};

extern "C" fn same_word(a: i64, b: i64) -> i64 {
    i64::from(a == b)
}

/// Fields of a child tuple.
const NAME_FIELD: usize = 0;
const START_FIELD: usize = 1;
const RESTART_FIELD: usize = 2;
const SHUTDOWN_FIELD: usize = 3;

/// `spawn(Supervisor)`: a new supervisor process running the given
/// specification (ABI.md codes: `strategy` 0..=3, per child restart
/// 0..=2 and shutdown in ms or -1 for `brutal_kill`). Returns its pid.
///
/// # Safety
/// `children` must be a List of `(String, closure () -> Pid, Int, Int)`
/// tuples.
#[no_mangle]
pub unsafe extern "C" fn mesh_supervisor_spawn(
    strategy: i64,
    max_restarts: i64,
    max_seconds: i64,
    children: i64,
) -> i64 {
    let strategy = Strategy::from_code(strategy).unwrap_or(Strategy::OneForOne);
    let max_restarts = max_restarts.max(0) as u64;
    let max_seconds = max_seconds.max(0) as u64;
    let mut spawn = Spawn::new().trapping_exits();
    let children = spawn.copy_argument(children, &CHILDREN_INFO);
    let spawned = spawn.start(move || {
        // SAFETY: copied above into this process's heap.
        unsafe { supervise(strategy, max_restarts, max_seconds, children) }
    });
    spawned.pid as i64
}

/// Milliseconds since the first supervisor started (a monotonic clock).
fn now_ms() -> u64 {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    EPOCH.get_or_init(Instant::now).elapsed().as_millis() as u64
}

/// The body of a supervisor process.
///
/// # Safety
/// `children` must be a List of child tuples in this process's heap.
unsafe fn supervise(strategy: Strategy, max_restarts: u64, max_seconds: u64, children: i64) {
    // The children list holds the start closures: keep it in a stack slot
    // of this frame (the collector's roots) for as long as the process runs.
    let rooted = std::hint::black_box([children]);
    let specs = elements(children)
        .iter()
        .enumerate()
        .map(|(index, &child)| ChildSpec {
            name: string::as_str(*field_ptr(child, NAME_FIELD)).to_owned(),
            start: index,
            restart: Restart::from_code(*field_ptr(child, RESTART_FIELD)).unwrap_or(Restart::Permanent),
            shutdown: Shutdown::from_code(*field_ptr(child, SHUTDOWN_FIELD)),
        })
        .collect();
    let mut policy = Policy::new(strategy, max_restarts, max_seconds, specs);
    let start_all = policy.start_all();
    carry_out(&mut policy, &rooted, start_all);
    loop {
        let Some(signal) = receive_system(|m| m.kind == SystemKind::Exit, None) else {
            continue;
        };
        let reason = signal.reason.clone().unwrap_or(ExitReason::Noproc);
        if policy.child_of(signal.from).is_none() {
            if reason != ExitReason::Normal {
                let steps = policy.terminate_all();
                carry_out(&mut policy, &rooted, steps);
                sched::exit_current(reason);
            }
            continue;
        }
        let kind = if reason.is_ignored_by_links() {
            ExitKind::Clean
        } else {
            ExitKind::Abnormal
        };
        let steps = policy.exited(signal.from, kind, now_ms());
        carry_out(&mut policy, &rooted, steps);
    }
}

/// Performs `steps` in order, reporting each outcome to `policy`.
fn carry_out(policy: &mut Policy<usize>, rooted: &[i64; 1], steps: Vec<Step>) {
    for step in steps {
        match step {
            Step::Start(id) => {
                let Some(index) = policy.spec(id).map(|spec| spec.start) else {
                    continue;
                };
                let pid = start_child(rooted, index);
                policy.started(id, pid);
            }
            Step::Terminate { child, pid, shutdown } => {
                terminate_child(pid, shutdown);
                policy.terminated(child);
            }
            Step::Exit(text) => sched::exit_current(ExitReason::Error(text)),
        }
    }
}

/// Calls the `start` closure of child `index` and links to the process it
/// returns; `None` when it returned the null pid (the start is ignored).
fn start_child(rooted: &[i64; 1], index: usize) -> Option<Pid> {
    // SAFETY: the list and its tuples live in this process's heap, kept
    // alive by `rooted`; a start closure takes no arguments.
    let pid = unsafe {
        let children = std::ptr::read_volatile(&rooted[0]);
        let child = elements(children)[index];
        closure::call0(*field_ptr(child, START_FIELD))
    };
    if pid <= 0 {
        return None;
    }
    sched::link(pid as Pid);
    Some(pid as Pid)
}

/// Stops the child `pid` as `shutdown` says and waits until it has exited;
/// its exit signal is consumed.
fn terminate_child(pid: Pid, shutdown: Shutdown) {
    let me = sched::current_pid();
    let reference = sched::monitor(pid);
    let down = |m: &SystemMessage| m.kind == SystemKind::Down && m.reference == reference;
    match shutdown {
        Shutdown::BrutalKill => sched::send_exit(pid, me, ExitReason::Killed),
        Shutdown::Timeout(ms) => {
            sched::send_exit(pid, me, ExitReason::Shutdown);
            if receive_system(down, Some(Duration::from_millis(ms))).is_some() {
                drop_exit_signal(pid);
                return;
            }
            sched::send_exit(pid, me, ExitReason::Killed);
        }
    }
    let _ = receive_system(down, None);
    drop_exit_signal(pid);
}

/// Removes the exit signal of the linked child `pid`, already delivered
/// when its DOWN arrived (links are notified first).
fn drop_exit_signal(pid: Pid) {
    let _ = receive_system(
        |m| m.kind == SystemKind::Exit && m.from == pid,
        Some(Duration::ZERO),
    );
}
