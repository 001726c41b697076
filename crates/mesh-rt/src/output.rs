//! Standard output and standard error.
//!
//! `println`/`print` go through one process-wide buffer guarded by a lock:
//! each call appends its whole text under the lock, so texts from different
//! Mesh processes never interleave, and the buffer is written to file
//! descriptor 1 whenever the appended text contains a newline, when it grows
//! past [`FLUSH_THRESHOLD`], and at exit ([`flush_stdout`]). Runtime
//! diagnostics go to stderr unbuffered, one write per line.
//!
//! Failed writes (a closed pipe, a closed descriptor) are ignored: output
//! is lost but the program goes on. `SIGPIPE` is ignored from start-up on
//! (see `entry`), so a closed pipe shows up here as an error, not a signal.

use std::fs::File;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::{Mutex, MutexGuard};

use crate::string::as_bytes;

/// Buffered bytes beyond which the buffer is written even without newline.
pub const FLUSH_THRESHOLD: usize = 64 * 1024;

static STDOUT_BUFFER: Mutex<Vec<u8>> = Mutex::new(Vec::new());

fn lock_buffer() -> MutexGuard<'static, Vec<u8>> {
    STDOUT_BUFFER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Writes all of `bytes` to stdout (descriptor 1), ignoring failures.
fn write_to_stdout(bytes: &[u8]) {
    // SAFETY: descriptor 1 is only borrowed; `ManuallyDrop` keeps it open.
    let mut stdout = ManuallyDrop::new(unsafe { File::from_raw_fd(1) });
    let _ = stdout.write_all(bytes);
}

/// Appends `text` (and a newline when `newline` is set) to the stdout
/// buffer as one atomic piece, then writes the buffer out if it holds a
/// complete line or is full.
pub fn write_stdout(text: &[u8], newline: bool) {
    let mut buffer = lock_buffer();
    buffer.extend_from_slice(text);
    if newline {
        buffer.push(b'\n');
    }
    if newline || text.contains(&b'\n') || buffer.len() >= FLUSH_THRESHOLD {
        write_to_stdout(&buffer);
        buffer.clear();
    }
}

/// Writes out whatever the stdout buffer holds.
pub fn flush_stdout() {
    let mut buffer = lock_buffer();
    if !buffer.is_empty() {
        write_to_stdout(&buffer);
        buffer.clear();
    }
}

/// Writes `line` and a newline to stderr in one write, ignoring failures.
pub fn write_stderr_line(line: &str) {
    let mut text = String::with_capacity(line.len() + 1);
    text.push_str(line);
    text.push('\n');
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// `println(s)`: writes `s` and a newline to stdout.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_println(s: i64) -> i64 {
    write_stdout(as_bytes(s), true);
    0
}

/// `print(s)`: writes `s` to stdout.
///
/// # Safety
/// `s` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_print(s: i64) -> i64 {
    write_stdout(as_bytes(s), false);
    0
}
