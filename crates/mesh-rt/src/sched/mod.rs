//! Processes and the M:N scheduler (runtime.md §2-§8, language.md §7.7,
//! §7.11, architecture.md decisions 4-5).
//!
//! Every Mesh process, `main` included, is a stackful coroutine
//! (`corosensei`) on its own guarded, lazily committed stack, run by one of
//! `N` worker threads, with its own heap and mailbox. This module is the
//! runtime's process API; the `extern "C"` entry points of compiled code
//! are in [`api`].
//!
//! The API, for runtime code (services, jobs, supervisors, I/O):
//! - spawning: [`Spawn`] (a Rust closure as a process, with its arguments
//!   copied into its heap, optionally linked/monitored/trapping);
//! - identity: [`current_pid`], [`in_process`], [`is_alive`];
//! - messages: [`MessageValue`] (a value copied out of a heap, with its
//!   type tag), [`send_user`], [`send_system`] ([`SystemMessage`],
//!   [`SystemKind`]), [`receive_system`], [`discard_user_messages`];
//! - parking: [`park`], [`wake`], [`yield_now`], [`sleep`];
//! - failure: [`ExitReason`], [`exit_current`], [`is_exiting`],
//!   [`send_exit`], [`link`], [`link_between`], [`adopt_spawns`],
//!   [`monitor`], [`demonitor`] (trapping is a [`Spawn`] option);
//! - names: [`register`], [`whereis`];
//! - the program: [`run_program`].
//!
//! Inside, one topic per module: [`pcb`] the process control block,
//! [`table`] pids and names, [`stack`] stack memory, [`swap`] processes
//! sharing their worker's stack region, [`worker`] the workers,
//! [`lifecycle`] switching and exiting, [`signals`] wakes, messages, links
//! and monitors, [`receive`] selective receive, [`timer`] the timer thread,
//! [`quiescence`] when the program may exit, [`spawn`] creating processes.

pub mod api;
mod exit_reason;
mod lifecycle;
mod message;
mod preempt;
pub(crate) mod pcb;
mod quiescence;
mod receive;
mod signals;
mod spawn;
pub(crate) mod stack;
mod swap;
mod table;
mod timer;
mod worker;

use std::time::{Duration, Instant};

pub use exit_reason::ExitReason;
pub use message::{MessageValue, SystemKind, SystemMessage};
pub use receive::{discard_user_messages, receive_system};
pub use spawn::{Spawn, Spawned};


/// A process identifier (runtime.md §4.1); 0 is the null pid.
pub type Pid = u64;

/// The pid of the main process.
pub const MAIN_PID: Pid = 1;

/// Whether the calling thread is running a Mesh process.
pub fn in_process() -> bool {
    pcb::current().is_some()
}

/// The pid of the running process; outside processes (runtime threads,
/// tests calling the runtime directly) the main pid.
pub fn current_pid() -> Pid {
    pcb::current().map_or(MAIN_PID, |process| process.pid)
}

/// Whether `pid` is a live process.
pub fn is_alive(pid: Pid) -> bool {
    table::is_alive(pid)
}

/// Appends `message` to `pid`'s user messages (dropped silently when
/// `pid` is null, dead or unknown). Never blocks.
pub fn send_user(pid: Pid, message: MessageValue) {
    signals::deliver_user(pid, message);
}

/// Appends `message` to `pid`'s system messages; false when `pid` is not
/// a live process (the message is dropped).
pub fn send_system(pid: Pid, message: SystemMessage) -> bool {
    signals::deliver_system(pid, message)
}

/// Parks the running process until [`wake`] (or a message, a timer, an
/// exit signal); returns at once when woken since the last park. Wakes may
/// be spurious: re-check what you wait for.
pub fn park() {
    lifecycle::park();
}

/// Wakes the process `pid` (see [`park`]).
pub fn wake(pid: Pid) {
    signals::wake_pid(pid);
}

/// Lets the other ready processes of this worker run.
pub fn yield_now() {
    lifecycle::yield_now();
}

/// Suspends the running process for at least `duration`, without blocking
/// its worker.
pub fn sleep(duration: Duration) {
    let deadline = Instant::now() + duration;
    while Instant::now() < deadline {
        lifecycle::park_until(Some(deadline));
    }
}

/// Ends the running process with `reason` (its terminate block runs
/// first). In the main process, or outside processes, ends the program
/// with status 101.
pub fn exit_current(reason: ExitReason) -> ! {
    lifecycle::exit_current(reason)
}

/// Whether the running process is already exiting (running its terminate
/// block): a crash then is swallowed.
pub fn is_exiting() -> bool {
    lifecycle::is_exiting()
}

/// Sends the exit signal "`from` exited with `reason`" to `target`
/// (supervisors stopping children): `killed` always ends it; a trapping
/// target gets a [`SystemKind::Exit`] message; otherwise any reason but
/// `normal` ends it with that reason.
pub fn send_exit(target: Pid, from: Pid, reason: ExitReason) {
    signals::send_exit(target, from, reason);
}

/// Links the running process with `pid` (runtime.md §7).
pub fn link(pid: Pid) {
    signals::link(pid);
}

/// Links `a` and `b`, neither of which need be the running process; a
/// dead `b` sends `a` the exit signal `noproc`.
pub fn link_between(a: Pid, b: Pid) {
    signals::link_between(a, b);
}

/// Makes every process the running process spawns from now on linked to
/// `adopter` from birth (a supervisor's child, started by a helper
/// process, can then not exit unseen before the supervisor links to it).
pub fn adopt_spawns(adopter: Pid) {
    // SAFETY: the running process's own local half.
    unsafe { pcb::expect_current("adopt_spawns").local() }.adopter = Some((adopter, Vec::new()));
}

/// Whether the running process spawned `pid` since [`adopt_spawns`].
pub fn spawned_adopted(pid: Pid) -> bool {
    // SAFETY: the running process's own local half.
    unsafe { pcb::expect_current("spawned_adopted").local() }
        .adopter
        .as_ref()
        .is_some_and(|(_, adopted)| adopted.contains(&pid))
}

/// Monitors `pid` from the running process; returns the reference its
/// [`SystemKind::Down`] message will carry.
pub fn monitor(pid: Pid) -> u64 {
    signals::monitor(pid)
}

/// Stops a monitor; false when unknown.
pub fn demonitor(reference: u64) -> bool {
    signals::demonitor(reference)
}

/// Binds `name` to `pid`; false when empty, taken, or `pid` not alive.
pub fn register(name: &str, pid: Pid) -> bool {
    table::register(name, pid)
}

/// The pid bound to `name`, or 0.
pub fn whereis(name: &str) -> Pid {
    table::whereis(name)
}

/// Runs a program: starts the workers, runs `main` as the main process
/// (pid 1), and returns once `main` has returned and nothing can make
/// progress any more (runtime.md §3). Crashes and `Process.halt` end the
/// program from inside without returning.
pub fn run_program(main: Box<dyn FnOnce() + Send>) {
    worker::start();
    spawn::start_main(main);
    quiescence::wait_until_quiescent();
}
