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
//!
//! Starting a child: its `start` closure runs in a short-lived *starter*
//! process the supervisor monitors, so that a crash of the closure (a
//! panic) is a failed start rather than a crash of the supervisor. Every
//! process the closure spawns is linked to the supervisor from birth
//! (`sched::adopt_spawns`), so a child that ends at once is still seen
//! with its real reason; a returned pid it did not spawn is linked by the
//! starter. The starter sends back the pid and ends. Outcomes, as in OTP:
//! - a pid: the child runs;
//! - the null pid (e.g. `Process.whereis` of a free name): the start is
//!   *ignored*, the child is kept as not running and is not restarted
//!   (a later group restart of `one_for_all`/`rest_for_one` calls its
//!   `start` again);
//! - a crash while the supervisor starts up: the children already started
//!   are terminated in reverse order and the supervisor exits with
//!   `error("failed to start child <name>: <reason>")`, which its links
//!   and monitors (and an enclosing supervisor) see;
//! - a crash during a restart: a failed restart, handled like an abnormal
//!   exit of that child, so the restart is tried again and every try
//!   counts toward the restart intensity (a start that always fails ends
//!   with the `restart limit exceeded` exit).
//!
//! Terminating a child ends with a kill when the child is still there
//! (`brutal_kill` at once, `shutdown: ms` after the timeout). A kill
//! replaces any exit still pending; the first one still runs the child's
//! `terminate` block (language.md §3.8), a kill reaching a child inside
//! that block ends it, so the kill is repeated every [`KILL_RETRY`] until
//! the child's DOWN arrives: a terminate block that waits for ever holds
//! nothing up.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::closure;
use crate::list::elements;
use crate::object::field_ptr;
use crate::sched::{self, receive_system, ExitReason, Pid, Spawn, SystemKind, SystemMessage};
use crate::string;
use crate::supervisor_policy::{ChildSpec, ExitKind, Policy, Restart, Shutdown, Step, Strategy};
use crate::typeinfo::{self, TypeInfo};

/// How the children list is copied into the supervisor: a List of tuples
/// of a String, a closure and two Ints, copied through their descriptors.
static CHILDREN_INFO: TypeInfo = typeinfo::by_descriptor(c"List<(String, fn() -> Pid, Int, Int)>");

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
    start_up(&mut policy, &rooted);
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

/// Starts every child in declaration order; a failed start stops the
/// supervisor (see the module docs).
fn start_up(policy: &mut Policy<usize>, rooted: &[i64; 1]) {
    for step in policy.start_all() {
        let Step::Start(id) = step else {
            continue;
        };
        let Some(index) = policy.spec(id).map(|spec| spec.start) else {
            continue;
        };
        match start_child(rooted, index) {
            Started::Running(pid) => policy.started(id, Some(pid)),
            Started::Ignored => policy.started(id, None),
            Started::Failed(reason) => {
                let steps = policy.failed_to_start(id, &reason.to_string());
                carry_out(policy, rooted, steps);
            }
        }
    }
}

/// Performs `steps` in order, reporting each outcome to `policy`. A start
/// that fails replaces the rest of `steps` with the policy's reaction.
fn carry_out(policy: &mut Policy<usize>, rooted: &[i64; 1], steps: Vec<Step>) {
    let mut steps = std::collections::VecDeque::from(steps);
    while let Some(step) = steps.pop_front() {
        match step {
            Step::Start(id) => {
                let Some(index) = policy.spec(id).map(|spec| spec.start) else {
                    continue;
                };
                match start_child(rooted, index) {
                    Started::Running(pid) => policy.started(id, Some(pid)),
                    Started::Ignored => policy.started(id, None),
                    Started::Failed(_) => steps = policy.failed_to_restart(id, now_ms()).into(),
                }
            }
            Step::Terminate { child, pid, shutdown } => {
                terminate_child(pid, shutdown);
                policy.terminated(child);
            }
            Step::Exit(text) => sched::exit_current(ExitReason::Error(text)),
        }
    }
}

/// How a call of a child's `start` closure ended.
enum Started {
    /// It returned this pid, now linked to the supervisor.
    Running(Pid),
    /// It returned the null pid.
    Ignored,
    /// It crashed with this reason.
    Failed(ExitReason),
}

/// Calls the `start` closure of child `index` in a starter process (see
/// the module docs) and links to the process it returns.
fn start_child(rooted: &[i64; 1], index: usize) -> Started {
    let supervisor = sched::current_pid();
    let mut spawn = Spawn::new().monitored();
    // SAFETY: the list and its tuples live in this process's heap, kept
    // alive by `rooted`.
    let start = unsafe {
        let children = std::ptr::read_volatile(&rooted[0]);
        let child = elements(children)[index];
        spawn.copy_argument(*field_ptr(child, START_FIELD), &typeinfo::FUNCTION_VALUE)
    };
    let spawned = spawn.start(move || {
        // What the closure spawns is linked to the supervisor from birth,
        // so a child that ends at once is still seen with its reason.
        sched::adopt_spawns(supervisor);
        // SAFETY: copied above into this process's heap; a start closure
        // takes no arguments.
        let pid = unsafe { closure::call0(start) };
        // A pid it did not spawn (an existing process) is linked now.
        if pid > 0 && !sched::spawned_adopted(pid as Pid) {
            sched::link_between(supervisor, pid as Pid);
        }
        // The pid travels in the reference field of a job-result message.
        let mut result = SystemMessage::new(SystemKind::JobResult, sched::current_pid());
        result.reference = pid.max(0) as u64;
        sched::send_system(supervisor, result);
    });
    let starter = spawned.pid;
    let Some(monitor) = spawned.monitor else {
        return Started::Failed(ExitReason::Noproc);
    };
    let answer = receive_system(
        |m| (m.kind == SystemKind::JobResult && m.from == starter) || (m.kind == SystemKind::Down && m.reference == monitor),
        None,
    );
    let Some(answer) = answer else {
        return Started::Failed(ExitReason::Noproc);
    };
    if answer.kind == SystemKind::Down {
        return Started::Failed(answer.reason.unwrap_or(ExitReason::Noproc));
    }
    sched::demonitor(monitor);
    let _ = receive_system(
        |m| m.kind == SystemKind::Down && m.reference == monitor,
        Some(Duration::ZERO),
    );
    let pid = answer.reference as Pid;
    if pid == 0 {
        return Started::Ignored;
    }
    Started::Running(pid)
}

/// How long a killed child's terminate block may run before the kill is
/// repeated.
const KILL_RETRY: Duration = Duration::from_millis(5);

/// Stops the child `pid` as `shutdown` says and waits until it has exited;
/// its exit signal is consumed.
fn terminate_child(pid: Pid, shutdown: Shutdown) {
    let me = sched::current_pid();
    let reference = sched::monitor(pid);
    let down = |m: &SystemMessage| m.kind == SystemKind::Down && m.reference == reference;
    if let Shutdown::Timeout(ms) = shutdown {
        sched::send_exit(pid, me, ExitReason::Shutdown);
        if receive_system(down, Some(Duration::from_millis(ms))).is_some() {
            drop_exit_signal(pid);
            return;
        }
    }
    // The first kill still runs the child's terminate block (language.md
    // §3.8); a kill reaching a child already in that block ends it, so the
    // kill is repeated until the child is gone.
    loop {
        sched::send_exit(pid, me, ExitReason::Killed);
        if receive_system(down, Some(KILL_RETRY)).is_some() {
            break;
        }
    }
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
