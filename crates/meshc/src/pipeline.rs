//! The compilation pipeline over in-memory sources: parse the project's
//! files and the embedded stdlib (user files get the first `FileId`s, stdlib
//! files the ones after), type-check them, lower to MIR and hand the MIR to
//! code generation. Nothing here prints; `cli` decides what to show.

use std::path::Path;

use mesh_check::{stdlib, CheckOutput, ModuleSource, Origin, ProjectError};
use mesh_syntax::{Diagnostic, FileId, SourceFile};

use crate::project::ProjectFile;

/// One user module handed to the pipeline.
#[derive(Clone, Debug)]
pub struct UserModule {
    /// `Main`, `Storage.Queries`.
    pub name: String,
    /// Path shown in diagnostics.
    pub path: String,
    pub text: String,
}

impl From<ProjectFile> for UserModule {
    fn from(file: ProjectFile) -> Self {
        UserModule {
            name: file.module,
            path: file.display_path,
            text: file.text,
        }
    }
}

/// Every file parsed: the file table, the parsed modules (user modules
/// first, then the stdlib) and the syntax diagnostics of all of them.
#[derive(Debug)]
pub struct Parsed {
    pub files: Vec<SourceFile>,
    pub modules: Vec<ModuleSource>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Parses the user modules, then the embedded stdlib.
pub fn parse(user: Vec<UserModule>) -> Parsed {
    let stdlib_modules = stdlib::SOURCES.iter().map(|(path, name, text)| {
        (
            name.to_string(),
            path.to_string(),
            text.to_string(),
            Origin::Stdlib,
        )
    });
    let all = user
        .into_iter()
        .map(|m| (m.name, m.path, m.text, Origin::User))
        .chain(stdlib_modules);
    let mut parsed = Parsed {
        files: Vec::new(),
        modules: Vec::new(),
        diagnostics: Vec::new(),
    };
    for (index, (name, path, text, origin)) in all.enumerate() {
        let id = FileId(u32::try_from(index).expect("fewer than 2^32 source files"));
        let (ast, diagnostics) = mesh_syntax::parse_file(id, &text);
        parsed.diagnostics.extend(diagnostics);
        parsed.modules.push(ModuleSource {
            name,
            file: id,
            origin,
            ast,
        });
        parsed.files.push(SourceFile { id, path, text });
    }
    parsed
}

/// Type-checks parsed modules (call only when parsing found no error).
pub fn check(parsed: Parsed) -> (Vec<SourceFile>, Result<CheckOutput, ProjectError>) {
    let result = mesh_check::check(parsed.modules, &parsed.files);
    (parsed.files, result)
}

/// Code-generation settings of one build.
#[derive(Clone, Debug)]
pub struct BuildSettings<'a> {
    pub opt_level: u8,
    pub target: Option<String>,
    pub output: &'a Path,
    /// Where to also write the LLVM IR, if anywhere.
    pub llvm_ir: Option<&'a Path>,
    pub runtime_lib: &'a Path,
}

/// Why `build` produced no executable.
#[derive(Debug)]
pub enum BuildError {
    /// The lowering rejected the program; the diagnostics point into
    /// `program.files`.
    Diagnostics(Vec<Diagnostic>),
    /// Code generation, writing or linking failed.
    Message(String),
}

/// Lowers a checked program and writes the executable (and the IR).
pub fn build(
    program: &mesh_check::hir::Program,
    settings: &BuildSettings<'_>,
) -> Result<(), BuildError> {
    let mir = mesh_mir::lower(program);
    if mir.has_errors() {
        return Err(BuildError::Diagnostics(mir.diagnostics));
    }
    let options = mesh_codegen::Options {
        opt_level: settings.opt_level,
        target: settings.target.clone(),
    };
    mesh_codegen::build_executable(
        &mir,
        &options,
        settings.output,
        settings.llvm_ir,
        settings.runtime_lib,
    )
    .map_err(BuildError::Message)
}
