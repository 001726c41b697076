//! Program start-up and exit: `mesh_rt_main`, called by the `main` the
//! compiler emits, and [`exit_program`].
//!
//! Start-up ignores `SIGPIPE` (writes to a closed pipe fail instead of
//! killing the program), installs the internal-error hook of `panic`, keeps
//! the command-line arguments for `Env.args`, then starts the scheduler
//! and runs the Mesh `main` as the main process (pid 1, with its own
//! collected heap), and returns once `main` has returned and every other
//! process has finished or is blocked for good (runtime.md §2-§3). With
//! `MESH_GC_STATS=1` the main heap's statistics go to stderr when `main`
//! returns, and those of the other processes' heaps, summed, when the
//! program has finished.

use std::ffi::{c_char, c_int, CStr};
use std::sync::OnceLock;

use crate::{heap, output, panic, sched};

static PROGRAM_ARGS: OnceLock<Vec<String>> = OnceLock::new();

/// The command-line arguments the program was started with (`argv[0]`
/// first); empty before `mesh_rt_main` ran.
pub fn program_args() -> &'static [String] {
    PROGRAM_ARGS.get().map_or(&[], Vec::as_slice)
}

/// Copies `argv` (invalid UTF-8 replaced).
///
/// # Safety
/// `argv` must hold `argc` NUL-terminated strings (or be null).
unsafe fn collect_args(argc: c_int, argv: *const *const c_char) -> Vec<String> {
    if argv.is_null() {
        return Vec::new();
    }
    (0..usize::try_from(argc).unwrap_or(0))
        .map(|i| *argv.add(i))
        .take_while(|arg| !arg.is_null())
        .map(|arg| CStr::from_ptr(arg).to_string_lossy().into_owned())
        .collect()
}

/// Flushes stdout and ends the program with `status`.
pub fn exit_program(status: i32) -> ! {
    output::flush_stdout();
    heap::report_stats_if_requested(&heap::stats());
    std::process::exit(status)
}

/// Runs a Mesh program: initialises the runtime, runs `entry` (the
/// compiled `mesh_main`) as the main process, waits until the program is
/// quiescent, flushes stdout and returns the exit status, 0. A crash of the
/// main process exits with status 101 without returning.
///
/// # Safety
/// `argv` must hold `argc` NUL-terminated strings, as C `main` receives.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_main(
    argc: c_int,
    argv: *const *const c_char,
    entry: extern "C" fn() -> i64,
) -> c_int {
    libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    panic::install_internal_error_hook();
    let _ = PROGRAM_ARGS.set(collect_args(argc, argv));
    sched::run_program(Box::new(move || {
        entry();
    }));
    output::flush_stdout();
    heap::report_ended_heaps_if_requested();
    0
}
