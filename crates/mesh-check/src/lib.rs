//! mesh-check: the module graph, name resolution, Hindley-Milner type
//! inference and the checks of language.md §2-§6. It turns parsed modules
//! into the typed HIR (`hir.rs`).
//!
//! Invariant: checking never panics on any tree the parser can produce. It
//! returns every diagnostic of every module; a `hir::Program` is returned only
//! when there is no error (warnings may accompany it).

pub mod hir;
pub mod stdlib;
pub mod types;

mod actors;
mod aliases;
mod annotations;
mod call;
mod capturing_fns;
mod checker;
mod closures;
mod collections;
mod collect;
mod deferred;
mod deps;
mod derive;
mod dispatch;
mod display;
mod exhaustive;
mod expr;
mod extern_symbol;
mod finalize;
mod function;
mod impls;
mod infer;
mod let_closures;
mod locals;
mod loops;
mod messaging;
mod modules;
mod pattern;
mod pids;
mod predicates;
mod projections;
mod receive;
mod schema;
mod scope;
mod self_calls;
mod services;
mod static_call;
mod structs;
mod suggest;
mod supervisors;
mod synth;
mod syntax_walk;
mod trait_call;
mod try_op;

use mesh_syntax::{ast, Diagnostic, FileId, SourceFile};

/// Where a module comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file of the user's project.
    User,
    /// One of the embedded `stdlib/*.mpl` files.
    Stdlib,
}

/// One parsed module, as the driver hands it over.
#[derive(Clone, Debug)]
pub struct ModuleSource {
    /// `Main`, `Util`, `Types.Event`; for stdlib files the module they define
    /// (`String`, `List`, ...; `Prelude` for the prelude).
    pub name: String,
    pub file: FileId,
    pub origin: Origin,
    pub ast: ast::SourceFileAst,
}

/// What checking produced.
#[derive(Debug)]
pub struct CheckOutput {
    /// Present only when `diagnostics` has no error.
    pub program: Option<hir::Program>,
    pub diagnostics: Vec<Diagnostic>,
    /// The inferred signature of every user function, one per line, in module
    /// order (`Main.fib :: (Int) -> Int`), for snapshots and `meshc check`.
    pub signatures: String,
}

/// A failure of the project as a whole (printed by the driver as `error: ...`,
/// without a code): import cycles, self-imports, duplicate module names.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectError(pub String);

/// Checks a whole project: the user modules and the standard library
/// (`Origin::Stdlib` modules, `Prelude` among them). Import cycles,
/// self-imports and duplicate module names are a `ProjectError`; every
/// other problem is a diagnostic. `files` are the sources of all modules
/// (copied into the program for spans).
pub fn check(
    modules: Vec<ModuleSource>,
    files: &[SourceFile],
) -> Result<CheckOutput, ProjectError> {
    let mut early = Vec::new();
    let mut modules = modules;
    for m in &mut modules {
        services::desugar(&mut m.ast, &mut early);
        supervisors::desugar(&mut m.ast, &mut early);
        actors::desugar(&mut m.ast, &mut early);
    }
    checker::run(&modules, files, early)
}
