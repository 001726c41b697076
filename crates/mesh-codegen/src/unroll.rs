//! Unrolling small recursive functions (optimised builds only).
//!
//! LLVM never inlines a function into itself, so a doubly recursive
//! function like `fib` pays a full call for every activation. A small
//! function that still calls itself after MIR turned its self tail calls
//! into loops gets [`COPIES`] copies with the same body, chained: the
//! original's self-calls call copy 1, copy 1's call copy 2, ..., and the
//! last copy's call the original. The inliner then inlines the copies into
//! the original (they are distinct functions), which unrolls the recursion
//! [`COPIES`] levels, as gcc's recursive inlining does. Only the original
//! polls the preemption flag on entry: every chain of calls passes through
//! it at least every `COPIES + 1` levels.

use mesh_mir::mir::{Function, Rvalue, Stmt};

/// Functions with more statements than this are not unrolled (each copy
/// adds their code again).
const MAX_STATEMENTS: usize = 40;

/// Copies of an unrolled function besides the original.
pub const COPIES: usize = 2;

/// Whether `function` (number `index` in the program) calls itself and is
/// small enough to unroll.
pub fn wants_twin(index: usize, function: &Function) -> bool {
    let statements: usize = function.blocks.iter().map(|b| b.stmts.len()).sum();
    statements <= MAX_STATEMENTS
        && function.blocks.iter().flat_map(|b| &b.stmts).any(|s| {
            matches!(s, Stmt::Assign(_, Rvalue::Call(f, _)) if f.0 as usize == index)
        })
}

/// The LLVM name of copy `k` (from 1) of the function named `name`.
pub fn copy_name(name: &str, k: usize) -> String {
    format!("{name}.unrolled{k}")
}
