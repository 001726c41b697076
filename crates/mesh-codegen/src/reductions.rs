//! Preemption checks (runtime.md §4.3, ABI.md "Preemption"): which MIR
//! blocks poll the thread's preemption flag. A check at the start of `bb0`
//! covers every function entry and every self tail call (a jump back to
//! `bb0`); a check at the start of every other block that some later block
//! (or itself) jumps to covers every loop back-edge.

use mesh_mir::mir::{Function, Terminator};

/// The runtime's thread-local flag compiled code polls (i64,
/// `initialexec`); not 0 when the running process must yield.
pub const FLAG_GLOBAL: &str = "mesh_preempt_flag";
/// `mesh_yield() -> ()`.
pub const YIELD: &str = "mesh_yield";

/// Generated `$copy<T>` helpers get no check: the runtime runs them while
/// it copies a value from one heap into another (ABI.md "Messages and
/// type tags"), which must not be suspended half-way; they only call each
/// other and the runtime's `mesh_*_copy`, so they always finish.
const COPY_HELPER_PREFIX: &str = "$copy<";

/// `checked[i]`: block `i` starts with a preemption check. Without
/// `at_entry` the entry itself is not checked (only loop back-edges are):
/// the copies of an unrolled recursive function (`unroll.rs`) are only
/// ever entered along the chain that starts at the original, whose entry
/// is checked.
pub fn checked_blocks(function: &Function, at_entry: bool) -> Vec<bool> {
    let mut checked = vec![false; function.blocks.len()];
    if function.name.starts_with(COPY_HELPER_PREFIX) {
        return checked;
    }
    if let Some(first) = checked.first_mut() {
        *first = at_entry;
    }
    for (i, block) in function.blocks.iter().enumerate() {
        let targets = match &block.terminator {
            Terminator::Goto(t) => vec![*t],
            Terminator::Branch {
                then_block,
                else_block,
                ..
            } => vec![*then_block, *else_block],
            _ => Vec::new(),
        };
        for t in targets {
            if (t.0 as usize) <= i {
                checked[t.0 as usize] = true;
            }
        }
    }
    checked
}
