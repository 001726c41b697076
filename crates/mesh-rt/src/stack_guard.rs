//! Stack overflow of the main process: a fault just below the main
//! thread's stack becomes a crash of the main process with a clear message
//! (`[mesh-rt] process 1 crashed: stack overflow ...`, exit status 101)
//! instead of a bare segmentation fault (language.md §7.10).
//!
//! `install` records the lowest address of the calling thread's stack and
//! handles SIGSEGV/SIGBUS on an alternate signal stack. The handler only
//! uses async-signal-safe calls (`write`, `_exit`). A fault anywhere else is
//! not ours: the default action is restored and the faulting instruction
//! runs again, so the program dies as it would have without the handler.
//! Actors, which get stacks of their own, will register their guard regions
//! the same way.

use std::ffi::{c_int, c_void};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Lowest address of the main thread's stack; 0 until `install` ran.
static STACK_LOW: AtomicUsize = AtomicUsize::new(0);

/// How far below the stack's lowest address a fault still counts as an
/// overflow (a frame larger than this skips the check and dies as before).
const GUARD_REACH: usize = 1 << 20;

/// Size of the alternate stack the handler runs on.
const ALT_STACK_SIZE: usize = 64 * 1024;

const MESSAGE: &[u8] =
    b"[mesh-rt] process 1 crashed: stack overflow (recursion too deep; only self tail calls run in constant stack)\n";

/// Watches the calling thread's stack (the main process runs on it).
pub fn install() {
    // SAFETY: plain libc calls on values we own; failures leave the
    // default behaviour in place.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return;
        }
        let mut low: *mut c_void = ptr::null_mut();
        let mut size: libc::size_t = 0;
        let got = libc::pthread_attr_getstack(&attr, &mut low, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if got != 0 || low.is_null() {
            return;
        }
        let alt = libc::mmap(
            ptr::null_mut(),
            ALT_STACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if alt == libc::MAP_FAILED {
            return;
        }
        let alt_stack = libc::stack_t {
            ss_sp: alt,
            ss_flags: 0,
            ss_size: ALT_STACK_SIZE,
        };
        if libc::sigaltstack(&alt_stack, ptr::null_mut()) != 0 {
            return;
        }
        STACK_LOW.store(low as usize, Ordering::Relaxed);
        let mut action: libc::sigaction = std::mem::zeroed();
        let handler: extern "C" fn(c_int, *mut libc::siginfo_t, *mut c_void) = on_fault;
        action.sa_sigaction = handler as usize;
        action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGSEGV, &action, ptr::null_mut());
        libc::sigaction(libc::SIGBUS, &action, ptr::null_mut());
    }
}

/// Whether a fault at `address` is the main stack running out.
fn is_stack_overflow(address: usize) -> bool {
    let low = STACK_LOW.load(Ordering::Relaxed);
    low != 0 && address < low.saturating_add(4096) && address >= low.saturating_sub(GUARD_REACH)
}

extern "C" fn on_fault(signal: c_int, info: *mut libc::siginfo_t, _context: *mut c_void) {
    // SAFETY: the kernel passes a valid `siginfo_t`; only async-signal-safe
    // functions are called.
    unsafe {
        let address = (*info).si_addr() as usize;
        if is_stack_overflow(address) {
            libc::write(2, MESSAGE.as_ptr().cast(), MESSAGE.len());
            libc::_exit(101);
        }
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        libc::sigaction(signal, &default, ptr::null_mut());
    }
}
