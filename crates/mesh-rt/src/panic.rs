//! Crashing the current Mesh process.
//!
//! Every failure funnels through [`crash`]: compiler-generated panics
//! (`mesh_panic`), runtime errors of stdlib functions ([`runtime_error`]),
//! allocation failure, and internal invariant violations (Rust panics inside
//! the runtime, caught by the hook [`install_internal_error_hook`] before
//! they could unwind into compiled code). [`crash`] prints
//! `[mesh-rt] process <pid> crashed: <message>` to stderr and ends the
//! process. The only process so far is the main one, whose crash ends the
//! program with status 101; with actors, [`crash`] is the one place that
//! instead ends just the current actor.

use std::fmt;

use crate::{entry, output, process};

/// Exit status of a program whose main process crashed.
pub const CRASH_EXIT_STATUS: i32 = 101;

/// Ends the current Mesh process with `message`.
pub fn crash(message: &str) -> ! {
    let pid = process::current_pid();
    output::write_stderr_line(&format!("[mesh-rt] process {pid} crashed: {message}"));
    entry::exit_program(CRASH_EXIT_STATUS)
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
