//! Stack overflow as a crash of the one process it happens in (runtime.md
//! §4.3, language.md §7.10).
//!
//! Every process runs on a stack whose lowest page is a guard page
//! (`sched::stack`). Each worker thread handles SIGSEGV/SIGBUS on an
//! alternate signal stack ([`install_on_this_thread`]); while a process
//! runs, the worker records the process's coroutine trap handler and guard
//! page ([`arm`]). A fault in or just below the guard page, with the stack
//! pointer on that stack, is an overflow: the handler rewrites the
//! interrupted context so the coroutine, on a reset stack, calls
//! [`crate::panic::crash_stack_overflow`]: the process ends with reason
//! `stack overflow` (exit 101 for the main process) and the rest carries
//! on. The
//! handler itself only reads thread-locals and registers. Any other fault
//! is not ours: the default action is restored and the faulting
//! instruction runs again, so the program dies as it would have without
//! the handler.

use std::cell::Cell;
use std::ffi::{c_int, c_void};
use std::ptr;
use std::sync::Once;

use corosensei::trap::CoroutineTrapHandler;

use crate::sched::ExitReason;

/// How far below a guard page a fault still counts as an overflow (a
/// frame larger than this skips the check and dies as before).
const GUARD_REACH: usize = 1 << 20;

/// Size of the alternate stack the handler runs on.
const ALT_STACK_SIZE: usize = 64 * 1024;

struct Armed {
    trap: CoroutineTrapHandler<ExitReason>,
    guard: (usize, usize),
}

thread_local! {
    /// The running process's trap handler and guard page.
    static ARMED: Cell<Option<Armed>> = const { Cell::new(None) };
}

static INSTALL_HANDLER: Once = Once::new();

/// Gives the calling (worker) thread an alternate signal stack and
/// installs the process-wide fault handler (once).
pub fn install_on_this_thread() {
    // SAFETY: plain libc calls on values we own; failures leave the
    // default behaviour in place.
    unsafe {
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
    }
    INSTALL_HANDLER.call_once(|| {
        // SAFETY: installs a handler that only uses async-signal-safe
        // operations until it hands control back to the coroutine.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            let handler: extern "C" fn(c_int, *mut libc::siginfo_t, *mut c_void) = on_fault;
            action.sa_sigaction = handler as usize;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(libc::SIGSEGV, &action, ptr::null_mut());
            libc::sigaction(libc::SIGBUS, &action, ptr::null_mut());
        }
    });
}

/// Records the process about to run on this thread: its trap handler and
/// guard page `[start, end)`.
pub fn arm(trap: CoroutineTrapHandler<ExitReason>, guard: (usize, usize)) {
    ARMED.set(Some(Armed { trap, guard }));
}

/// No process runs on this thread any more.
pub fn disarm() {
    ARMED.set(None);
}

/// Whether a fault at `address` with stack pointer `sp` is an overflow of
/// the armed stack.
fn is_overflow(armed: &Armed, address: usize, sp: usize) -> bool {
    let (start, end) = armed.guard;
    address < end
        && address >= start.saturating_sub(GUARD_REACH)
        && sp >= start.saturating_sub(GUARD_REACH)
        && (sp < end || armed.trap.stack_ptr_in_bounds(sp))
}

/// Runs on the reset stack of the overflowing process.
fn crash_with_overflow() -> ExitReason {
    crate::panic::crash_stack_overflow()
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
extern "C" fn on_fault(signal: c_int, info: *mut libc::siginfo_t, context: *mut c_void) {
    // SAFETY: the kernel passes a valid `siginfo_t` and `ucontext_t`; the
    // coroutine the armed handler belongs to is the one interrupted.
    unsafe {
        let address = (*info).si_addr() as usize;
        let context = &mut *(context as *mut libc::ucontext_t);
        let gregs = &mut context.uc_mcontext.gregs;
        let sp = gregs[libc::REG_RSP as usize] as usize;
        if let Some(armed) = ARMED.take() {
            if !is_overflow(&armed, address, sp) {
                ARMED.set(Some(armed));
            } else {
                let regs = armed.trap.setup_trap_handler(crash_with_overflow);
                gregs[libc::REG_RIP as usize] = regs.rip as i64;
                gregs[libc::REG_RSP as usize] = regs.rsp as i64;
                gregs[libc::REG_RBP as usize] = regs.rbp as i64;
                gregs[libc::REG_RDI as usize] = regs.rdi as i64;
                gregs[libc::REG_RSI as usize] = regs.rsi as i64;
                return;
            }
        }
        restore_default(signal);
    }
}

#[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
extern "C" fn on_fault(signal: c_int, _info: *mut libc::siginfo_t, _context: *mut c_void) {
    // SAFETY: restores the default action only.
    unsafe { restore_default(signal) }
}

/// Makes `signal` take its default action from now on.
unsafe fn restore_default(signal: c_int) {
    let mut default: libc::sigaction = std::mem::zeroed();
    default.sa_sigaction = libc::SIG_DFL;
    libc::sigaction(signal, &default, ptr::null_mut());
}
