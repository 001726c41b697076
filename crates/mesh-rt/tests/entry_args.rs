//! `mesh_rt_main` in this process: it runs the entry once, returns 0 and
//! keeps the command-line arguments.

use std::ffi::{c_char, CString};
use std::sync::atomic::{AtomicUsize, Ordering};

use mesh_rt::entry::{mesh_rt_main, program_args};

static ENTRY_CALLS: AtomicUsize = AtomicUsize::new(0);

extern "C" fn entry() -> i64 {
    ENTRY_CALLS.fetch_add(1, Ordering::SeqCst);
    0
}

#[test]
fn runs_entry_returns_zero_and_keeps_args() {
    let args: Vec<CString> = ["prog", "--flag", "wört"]
        .iter()
        .map(|a| CString::new(*a).unwrap())
        .collect();
    let argv: Vec<*const c_char> = args
        .iter()
        .map(|a| a.as_ptr())
        .chain([std::ptr::null()])
        .collect();
    assert!(program_args().is_empty());
    let status = unsafe { mesh_rt_main(3, argv.as_ptr(), entry) };
    assert_eq!(status, 0);
    assert_eq!(ENTRY_CALLS.load(Ordering::SeqCst), 1);
    assert_eq!(program_args(), ["prog", "--flag", "wört"]);
}
