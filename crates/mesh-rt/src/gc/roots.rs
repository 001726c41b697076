//! Roots: the current thread's stack, scanned conservatively.
//!
//! Compiled code keeps values in registers and stack slots without stack
//! maps, so the roots of a collection are every word of the stack from the
//! current stack pointer up to the thread's recorded stack base, plus the
//! callee-saved registers, which are stored to a stack array first (their
//! values may belong to any caller). Caller-saved registers need nothing:
//! a caller that keeps a value in one across a call saves it on its stack.
//!
//! The stack base is recorded per thread by whoever starts running a Mesh
//! process on it ([`crate::heap::run_in_heap`], or the scheduler on every
//! switch into a process, [`crate::heap::install_process`]); a thread
//! without one uses the top of its whole stack for explicit collections.
//! A process may also keep a few root words outside its stack (its
//! terminate closure): their addresses are recorded the same way.

use std::cell::Cell;

use super::heap::Heap;

thread_local! {
    /// The recorded stack base of this thread, 0 for none.
    static STACK_BASE: Cell<usize> = const { Cell::new(0) };
    /// Addresses `[start, end)` of root words kept outside the stack by the
    /// running process (its terminate closure), empty for none.
    static EXTRA_ROOTS: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
    /// The top of this thread's stack, 0 until first asked for.
    static STACK_TOP: Cell<usize> = const { Cell::new(0) };
}

/// The stack base recorded for this thread, if any.
pub fn recorded_stack_base() -> Option<usize> {
    Some(STACK_BASE.get()).filter(|&base| base != 0)
}

/// Records `base` (0 for none) as this thread's stack base and returns the
/// previous one.
pub fn set_stack_base(base: usize) -> usize {
    STACK_BASE.replace(base)
}

/// Records `[start, end)` as the addresses of this thread's extra root
/// words and returns the previous range.
pub fn set_extra_roots(range: (usize, usize)) -> (usize, usize) {
    EXTRA_ROOTS.replace(range)
}

/// The highest address of this thread's stack (where it starts).
pub fn thread_stack_top() -> usize {
    let cached = STACK_TOP.get();
    if cached != 0 {
        return cached;
    }
    // SAFETY: `attr` is initialised by pthread_getattr_np before it is read
    // and destroyed once.
    let top = unsafe {
        let mut attr = std::mem::MaybeUninit::<libc::pthread_attr_t>::uninit();
        if libc::pthread_getattr_np(libc::pthread_self(), attr.as_mut_ptr()) != 0 {
            crate::panic::crash("internal runtime error: cannot find the thread's stack");
        }
        let mut low = std::ptr::null_mut();
        let mut size = 0;
        let status = libc::pthread_attr_getstack(attr.as_ptr(), &mut low, &mut size);
        libc::pthread_attr_destroy(attr.as_mut_ptr());
        if status != 0 {
            crate::panic::crash("internal runtime error: cannot find the thread's stack");
        }
        low as usize + size
    };
    STACK_TOP.set(top);
    top
}

/// The current stack pointer.
#[inline(always)]
pub fn stack_pointer() -> usize {
    let sp: usize;
    // SAFETY: reads a register.
    unsafe {
        #[cfg(target_arch = "x86_64")]
        std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags));
        #[cfg(target_arch = "aarch64")]
        std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags));
    }
    sp
}

#[cfg(target_arch = "x86_64")]
const CALLEE_SAVED: usize = 6;
#[cfg(target_arch = "aarch64")]
const CALLEE_SAVED: usize = 19;
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("the collector's root scan supports x86_64 and aarch64 only");

/// Stores the callee-saved registers into `registers`.
#[inline(always)]
fn spill_callee_saved(registers: &mut [usize; CALLEE_SAVED]) {
    // SAFETY: the stores stay inside `registers`. If the compiler picked a
    // callee-saved register for the pointer operand, that register's caller
    // value was saved in this function's frame, which is scanned too.
    unsafe {
        #[cfg(target_arch = "x86_64")]
        std::arch::asm!(
            "mov [{0}], rbx",
            "mov [{0} + 8], rbp",
            "mov [{0} + 16], r12",
            "mov [{0} + 24], r13",
            "mov [{0} + 32], r14",
            "mov [{0} + 40], r15",
            in(reg) registers.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
        #[cfg(target_arch = "aarch64")]
        std::arch::asm!(
            "stp x19, x20, [{0}]",
            "stp x21, x22, [{0}, #16]",
            "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]",
            "stp x27, x28, [{0}, #64]",
            "str x29, [{0}, #80]",
            "stp d8, d9, [{0}, #88]",
            "stp d10, d11, [{0}, #104]",
            "stp d12, d13, [{0}, #120]",
            "stp d14, d15, [{0}, #136]",
            in(reg) registers.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
}

/// Collects `heap` with the callee-saved registers and the stack from the
/// current stack pointer up to `stack_base` as roots.
///
/// Not inlined, so the stack pointer read here lies below every frame of
/// its callers, and the collector's own frames lie below it (unscanned).
///
/// # Safety
/// As [`Heap::collect_from_stack`].
#[inline(never)]
pub(super) unsafe fn collect_from_stack(heap: &mut Heap, stack_base: usize) {
    let mut registers = [0usize; CALLEE_SAVED];
    spill_callee_saved(&mut registers);
    let sp = stack_pointer();
    if sp >= stack_base {
        crate::panic::crash("internal runtime error: collection outside the recorded stack");
    }
    let start = registers.as_ptr() as usize;
    let (extra_start, extra_end) = EXTRA_ROOTS.get();
    let roots = [
        start..start + std::mem::size_of_val(&registers),
        sp..stack_base,
        extra_start..extra_end,
    ];
    heap.collect_with_roots(&roots);
    std::hint::black_box(&registers);
}
