//! Which Mesh process is running.
//!
//! In the Foundation stage the only process is the main process, pid 1
//! (pid 0 is the null pid, runtime.md §4.1). The scheduler replaces
//! [`current_pid`] with a lookup of the process running on the calling
//! worker thread.

/// The pid of the main process.
pub const MAIN_PID: u64 = 1;

/// The pid of the Mesh process running on this thread.
pub fn current_pid() -> u64 {
    MAIN_PID
}
