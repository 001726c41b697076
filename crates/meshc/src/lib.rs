//! meshc as a library: the command line (`cli`), project discovery
//! (`project`), the compilation pipeline (`pipeline`), locating the runtime
//! library (`runtime_lib`) and diagnostic rendering (`render`). The `meshc`
//! binary is a thin `main` over `cli::main`; the tests use the modules
//! directly.

pub mod cli;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod runtime_lib;
