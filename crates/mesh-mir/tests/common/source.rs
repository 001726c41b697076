//! Checked HIR from Mesh source: parses the user files and the embedded
//! standard library (each with its own `FileId`, user files first) and runs
//! `mesh_check::check`, as the driver does.

#![allow(dead_code)]

use mesh_check::{check, hir, stdlib, ModuleSource, Origin};
use mesh_syntax::{parse_file, FileId, SourceFile};

/// The program of the user files `(path, module name, text)`; panics with
/// the diagnostics when the project does not check.
pub fn checked(user: &[(&str, &str, &str)]) -> hir::Program {
    let mut files = Vec::new();
    let mut modules = Vec::new();
    let all = user
        .iter()
        .map(|(p, m, t)| (*p, *m, *t, Origin::User))
        .chain(
            stdlib::SOURCES
                .iter()
                .map(|(p, m, t)| (*p, *m, *t, Origin::Stdlib)),
        );
    for (i, (path, name, text, origin)) in all.enumerate() {
        let id = FileId(i as u32);
        let (ast, errors) = parse_file(id, text);
        assert!(errors.is_empty(), "syntax errors in {path}: {errors:?}");
        files.push(SourceFile {
            id,
            path: path.to_string(),
            text: text.to_string(),
        });
        modules.push(ModuleSource {
            name: name.to_string(),
            file: id,
            origin,
            ast,
        });
    }
    let output = check(modules, &files).unwrap_or_else(|e| panic!("project error: {}", e.0));
    match output.program {
        Some(program) => program,
        None => panic!("the program does not check: {:#?}", output.diagnostics),
    }
}

/// The program of a one-file project (`main.mpl`, module `Main`).
pub fn checked_main(text: &str) -> hir::Program {
    checked(&[("main.mpl", "Main", text)])
}
