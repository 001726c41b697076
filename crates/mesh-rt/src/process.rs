//! Which Mesh process is running: the pid the runtime's messages name
//! (`sched` keeps the process table; outside any process, e.g. in a
//! runtime thread, the main pid stands in).

/// The pid of the main process.
pub const MAIN_PID: u64 = crate::sched::MAIN_PID;

/// The pid of the Mesh process running on this thread.
pub fn current_pid() -> u64 {
    crate::sched::current_pid()
}
