//! Shared test support: a builder for hand-written HIR, the programs the
//! snapshot and end-to-end tests use, and checked HIR from source.

pub mod hir_builder;
pub mod programs;
pub mod source;
