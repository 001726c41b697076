//! Processes run on their worker's stack region and keep only a copy of
//! their used stack bytes while another process runs there (runtime.md
//! §4.3 "small stacks, touched pages only").
//!
//! Every worker has one guarded stack region ([`stack::region`]). A process
//! other than `main` is created on the region of the worker that first runs
//! it (it never moves: a started process stays on its worker), and its
//! frames always live at the same addresses. When it suspends it records
//! how deep its stack is ([`switch_out`]); its bytes stay in place until
//! another process needs the region, which then copies them out into the
//! process's own buffer ([`bring_in`] evicts the resident process) and
//! copies its own saved bytes back in. A parked actor therefore costs the
//! few hundred bytes it really uses instead of a whole page of its own, a
//! spawn maps and protects nothing, and a process resumed with nobody else
//! run in between copies nothing. The price is a copy of the used depth at
//! a switch between two processes of one worker: a few hundred bytes for
//! an actor waiting in `receive`, more for one suspended deep in
//! recursion (preemption comes at most every time slice, so even a deep
//! busy process copies rarely).
//!
//! The rule this imposes on the rest of the runtime: no other process or
//! thread may keep a pointer into a process's stack while that process is
//! suspended (its bytes are then not at those addresses). Messages, replies
//! and completions go through heaps and mailboxes, never through stack
//! slots of a parked process.

use std::cell::Cell;

use super::pcb::{Local, Process, ProcessYielder, Resume, Switch};
use super::stack::{self, ProcessStack};

/// Bytes below the stack pointer read in [`switch_out`] that the switch
/// itself may still write (the frame of `Yielder::suspend` and the
/// registers the switch pushes, 32 bytes as measured); the test
/// `saved_bytes_are_all_a_suspended_coroutine_needs` checks it.
pub const SWITCH_MARGIN: usize = 128;

/// Capacity of a process's saved-bytes buffer above which it shrinks when
/// it is mostly unused.
const SHRINK_ABOVE: usize = 16 * 1024;

thread_local! {
    /// This worker's stack region (`[low, top)`), once it has one.
    static REGION: Cell<Option<(usize, usize)>> = const { Cell::new(None) };
    /// The process whose frames are in the region now; null for none.
    static RESIDENT: Cell<*const Process> = const { Cell::new(std::ptr::null()) };
}

/// Gives the calling worker thread its stack region.
pub fn install_region() {
    let region = stack::region();
    REGION.set(Some((region.low(), region.top())));
}

/// A view of this worker's region for a new coroutine (owning nothing).
fn region_view() -> ProcessStack {
    let (low, top) = REGION
        .get()
        .unwrap_or_else(|| crate::panic::crash("internal runtime error: a process ran outside a worker"));
    ProcessStack::view(low, top - low)
}

/// Makes the region hold `process`'s frames before it is resumed: evicts
/// the resident process (copying its used bytes out), then creates
/// `process`'s coroutine on the region, or copies its saved bytes back.
/// Also records the region's top and guard in `local`.
///
/// # Safety
/// Runs on the worker that owns `process` (and every process resident on
/// this worker), outside any process.
pub unsafe fn bring_in(process: &Process, local: &mut Local, create: impl FnOnce(ProcessStack) -> super::pcb::ProcessCoroutine) {
    let resident = RESIDENT.get();
    if std::ptr::eq(resident, process) {
        return;
    }
    if !resident.is_null() {
        evict(&*resident);
    }
    RESIDENT.set(process);
    match local.coroutine {
        None => {
            let view = region_view();
            local.stack_base = view.top();
            local.guard = view.guard();
            local.coroutine = Some(create(view));
        }
        Some(_) => {
            let top = local.stack_base;
            let saved = &local.saved_stack;
            std::ptr::copy_nonoverlapping(saved.as_ptr(), (top - saved.len()) as *mut u8, saved.len());
        }
    }
}

/// Copies the used bytes of the resident `process` out of the region.
///
/// # Safety
/// As for [`bring_in`]; `process` is suspended (it has recorded its depth).
unsafe fn evict(process: &Process) {
    let local = process.local();
    let (top, sp) = (local.stack_base, local.saved_sp);
    let used = std::slice::from_raw_parts(sp as *const u8, top - sp);
    local.saved_stack.clear();
    local.saved_stack.extend_from_slice(used);
    // A buffer grown by one deep excursion is not kept for a shallow life.
    if local.saved_stack.capacity() > SHRINK_ABOVE && local.saved_stack.capacity() > 4 * used.len() {
        local.saved_stack.shrink_to(2 * used.len());
    }
}

/// Forgets `process` as resident (it ended: its frames are garbage).
pub fn forget(process: &Process) {
    if std::ptr::eq(RESIDENT.get(), process) {
        RESIDENT.set(std::ptr::null());
    }
}

/// Suspends the running coroutine with `switch` after recording in
/// `*saved_sp` the lowest address of its stack the switch may use: every
/// byte from there to the stack's top is what must be kept.
///
/// # Safety
/// `saved_sp` is valid for a write (the worker reads it once the
/// coroutine has suspended).
#[inline(never)]
pub unsafe fn switch_out(yielder: &ProcessYielder, switch: Switch, saved_sp: *mut usize) -> Resume {
    saved_sp.write((stack_pointer() - SWITCH_MARGIN) & !15);
    yielder.suspend(switch)
}

/// The current stack pointer (or an address in the current frame where
/// it cannot be read directly).
#[inline(always)]
fn stack_pointer() -> usize {
    let sp: usize;
    #[cfg(target_arch = "x86_64")]
    // SAFETY: reads a register.
    unsafe {
        std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags));
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: reads a register.
    unsafe {
        std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags));
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let marker = 0u8;
        sp = std::hint::black_box(&marker) as *const u8 as usize - 256;
    }
    sp
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::pcb::ProcessCoroutine;
    use crate::sched::ExitReason;
    use corosensei::CoroutineResult;

    /// Does to a coroutine what eviction and restoring do, with the region
    /// scribbled over in between: suspends it through [`switch_out`] a few
    /// frames deep, saves `[recorded, top)`, fills the whole region with
    /// garbage, copies the saved bytes back and resumes it. Its frames must
    /// come back intact (each frame checks its own bytes).
    #[test]
    fn saved_bytes_are_all_a_suspended_coroutine_needs() {
        for garbage in [0xA5u8, 0x00, 0xFF] {
            let region = stack::region();
            let (low, top) = (region.low(), region.top());
            let (_, guard_end) = region.guard();
            let slot = Box::into_raw(Box::new(0usize)) as usize;
            let mut coroutine: ProcessCoroutine =
                ProcessCoroutine::with_stack(ProcessStack::view(low, top - low), move |yielder, _| {
                    // SAFETY: the test keeps the slot alive until the end.
                    let intact = nested(yielder, unsafe { &mut *(slot as *mut usize) }, 4);
                    if intact {
                        ExitReason::Normal
                    } else {
                        ExitReason::Error("a frame changed".into())
                    }
                });
            assert!(matches!(coroutine.resume(Resume::Continue), CoroutineResult::Yield(Switch::Park)));
            // SAFETY: the coroutine wrote the slot before suspending.
            let sp = unsafe { *(slot as *const usize) };
            assert!(sp > guard_end && sp < top, "recorded {sp:#x} outside the region");
            // SAFETY: the region is mapped, ours, and its coroutine suspended.
            unsafe {
                let saved = std::slice::from_raw_parts(sp as *const u8, top - sp).to_vec();
                let scribble_low = (top - 256 * 1024).max(guard_end);
                std::ptr::write_bytes(scribble_low as *mut u8, garbage, top - scribble_low);
                std::ptr::copy_nonoverlapping(saved.as_ptr(), sp as *mut u8, saved.len());
            }
            match coroutine.resume(Resume::Continue) {
                CoroutineResult::Return(reason) => assert_eq!(reason, ExitReason::Normal),
                CoroutineResult::Yield(_) => panic!("suspended again"),
            }
            // SAFETY: allocated above, no longer used.
            drop(unsafe { Box::from_raw(slot as *mut usize) });
            drop(coroutine);
            stack::release_region(region);
        }
    }

    /// Recurses `depth` frames, each with bytes of its own, suspends at the
    /// bottom, and tells whether every frame's bytes survived.
    #[inline(never)]
    fn nested(yielder: &ProcessYielder, slot: &mut usize, depth: u8) -> bool {
        if depth == 0 {
            // SAFETY: the slot is a live usize.
            let _ = unsafe { switch_out(yielder, Switch::Park, slot) };
            return true;
        }
        let bytes = std::hint::black_box([depth.wrapping_mul(37); 96]);
        let below = nested(yielder, slot, depth - 1);
        below && std::hint::black_box(bytes).iter().all(|&b| b == depth.wrapping_mul(37))
    }
}
