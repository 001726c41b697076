//! mesh-mir: lowers the typed HIR to MIR: monomorphic functions over
//! one-word values with explicit control flow.
//!
//! `lower` instantiates every function reachable from `main` once per
//! distinct list of concrete type arguments, compiles patterns to tests,
//! turns self tail calls into jumps, lifts lambdas into functions of their
//! own (closure conversion), lowers loops to blocks, and generates the
//! per-type helpers (Display and Debug text, structural equality, ordering
//! and hashing, JSON encoding and decoding, row decoding) and the
//! `TypeInfo`s generic runtime functions receive. Interface method calls
//! (`TraitCall`) are resolved per concrete type to the user impl's method
//! or the built-in operation; a user impl of `Display`, `Debug`, `Eq`,
//! `Ord` or `Hash` replaces the structural helper everywhere.
//! `render` prints the result for snapshots.
//!
//! Invariant: lowering never panics on a checked program. What it cannot
//! lower becomes a diagnostic in `mir::Program::diagnostics` (E0100), and
//! every value it emits keeps the collector's rules of mesh-rt's ABI.md.

pub mod mir;

mod lower;
mod render;

use mesh_check::hir;

/// Lowers the functions reachable from `program.main`. Constructs that
/// cannot be compiled yet are reported in `mir::Program::diagnostics`.
pub fn lower(program: &hir::Program) -> mir::Program {
    lower::lower(program)
}

/// The readable text of a MIR program.
pub fn render(program: &mir::Program) -> String {
    render::render(program)
}
