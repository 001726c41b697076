//! Crashing the current Mesh process.
//!
//! Every failure funnels through [`crash`]: compiler-generated panics
//! (`mesh_panic`), runtime errors of stdlib functions ([`runtime_error`]),
//! allocation failure, stack overflow (`stack_guard`), and internal
//! invariant violations (Rust panics inside the runtime, caught by the
//! hook [`install_internal_error_hook`] before they could unwind into
//! compiled code). [`crash`] prints
//! `[mesh-rt] process <pid> crashed: <message>` to stderr (runtime.md §8)
//! and ends the process: the main process (and code running outside any
//! process) ends the program with status 101; any other process exits
//! with reason `error(<message>)` (its terminate block runs, then links
//! and monitors react) and the program carries on. A crash inside a
//! terminate block is swallowed: the process exits with its first reason.

use std::fmt;

use crate::sched::{self, ExitReason, MAIN_PID};
use crate::{entry, output, process};

/// Exit status of a program whose main process crashed.
pub const CRASH_EXIT_STATUS: i32 = 101;

/// Ends the current Mesh process with `message`.
pub fn crash(message: &str) -> ! {
    crash_with_reason(message, ExitReason::Error(message.to_owned()))
}

/// Ends the current Mesh process after a stack overflow: the diagnostic
/// explains it, the exit reason is `stack overflow`.
pub fn crash_stack_overflow() -> ! {
    crash_with_reason(
        "stack overflow (recursion too deep; only self tail calls run in constant stack)",
        ExitReason::Error("stack overflow".to_owned()),
    )
}

/// Prints the crash line with `message` and ends the current process with
/// `reason` (see the module docs).
fn crash_with_reason(message: &str, reason: ExitReason) -> ! {
    if sched::is_exiting() {
        sched::exit_current(reason)
    }
    let pid = process::current_pid();
    output::write_stderr_line(&format!("[mesh-rt] process {pid} crashed: {message}"));
    if pid == MAIN_PID || !sched::in_process() {
        entry::exit_program(CRASH_EXIT_STATUS)
    }
    sched::exit_current(reason)
}

/// Crashes the current process because stdlib function `function` (e.g.
/// `List.get`) failed: the message is `<function>: <text>`.
pub fn runtime_error(function: &str, text: fmt::Arguments) -> ! {
    crash(&format!("{function}: {text}"))
}

/// Reads `len` bytes at `ptr` as text (invalid UTF-8 replaced).
///
/// # Safety
/// `ptr` must point at `len` readable bytes, or be null.
unsafe fn text_at<'a>(ptr: *const u8, len: i64) -> std::borrow::Cow<'a, str> {
    if ptr.is_null() || len <= 0 {
        return "".into();
    }
    String::from_utf8_lossy(std::slice::from_raw_parts(ptr, len as usize))
}

/// A compiler-generated panic (`division by zero`, match failure): crashes
/// the current process with `Mesh panic at <file>:<line>: <msg>`.
///
/// # Safety
/// `msg_ptr`/`file_ptr` must point at `msg_len`/`file_len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn mesh_panic(
    msg_ptr: *const u8,
    msg_len: i64,
    file_ptr: *const u8,
    file_len: i64,
    line: i64,
) -> ! {
    let message = text_at(msg_ptr, msg_len);
    let file = text_at(file_ptr, file_len);
    crash(&format!("Mesh panic at {file}:{line}: {message}"))
}

/// Routes Rust panics inside the runtime (which would otherwise abort the
/// program when they reach an `extern "C"` boundary) to [`crash`] with the
/// message `internal runtime error: <payload> at <location>`.
pub fn install_internal_error_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| info.payload().downcast_ref::<String>().map(String::as_str))
            .unwrap_or("panic");
        match info.location() {
            Some(location) => crash(&format!("internal runtime error: {payload} at {location}")),
            None => crash(&format!("internal runtime error: {payload}")),
        }
    }));
}
