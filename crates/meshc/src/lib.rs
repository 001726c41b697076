//! meshc as a library: the command line (`cli`), project discovery
//! (`project`), the compilation pipeline (`pipeline`), locating the runtime
//! library (`runtime_lib`) and diagnostic rendering (`render`). The `meshc`
//! binary is a thin `main` over `cli::main`; the tests use the modules
//! directly.
//!
//! Invariant: meshc is the only part of the toolchain that prints. Every
//! diagnostic of the failing phase is shown (human or JSON), then one
//! `error:` line; the exit status is 0 on success, 1 on any compilation,
//! project or link failure, 2 on a usage error.

pub mod cli;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod runtime_lib;
