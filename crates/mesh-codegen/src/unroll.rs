//! Unrolling small recursive functions once (optimised builds only).
//!
//! LLVM never inlines a function into itself, so a doubly recursive
//! function like `fib` pays a full call for every activation. A small
//! function that still calls itself after MIR turned its self tail calls
//! into loops gets a twin with the same body: the original's self-calls
//! call the twin and the twin's call the original. The inliner then
//! inlines the twin into the original (they are two functions), which
//! unrolls the recursion one level, as gcc's recursive inlining does.

use mesh_mir::mir::{Function, Rvalue, Stmt};

/// Functions with more statements than this are not unrolled (the twin
/// doubles their code).
const MAX_STATEMENTS: usize = 40;

/// Whether `function` (number `index` in the program) calls itself and is
/// small enough to unroll.
pub fn wants_twin(index: usize, function: &Function) -> bool {
    let statements: usize = function.blocks.iter().map(|b| b.stmts.len()).sum();
    statements <= MAX_STATEMENTS
        && function.blocks.iter().flat_map(|b| &b.stmts).any(|s| {
            matches!(s, Stmt::Assign(_, Rvalue::Call(f, _)) if f.0 as usize == index)
        })
}

/// The LLVM name of the twin of the function named `name`.
pub fn twin_name(name: &str) -> String {
    format!("{name}.unrolled")
}
