//! A Mesh project on disk: checking the project directory, discovering its
//! `.mpl` files and deriving module names from their paths
//! (language.md §2.1, §2.2).
//!
//! Discovery walks `DIR` recursively, skips every file and directory whose
//! name starts with `.`, skips the top-level `migrations/` directory, does not
//! descend into symbolic links to directories (so a link cycle cannot hang
//! the build), and sorts the files by relative path, component by component.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// One source file of the project, read from disk.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectFile {
    /// Module name derived from the path (`Main`, `Storage.Queries`).
    pub module: String,
    /// Path relative to the project directory (`storage/queries.mpl`).
    pub relative: PathBuf,
    /// Path shown in diagnostics: the project directory as given on the
    /// command line joined with `relative` (`app/storage/queries.mpl`).
    pub display_path: String,
    pub text: String,
}

/// Why a project could not be loaded; printed by the driver as `error: ...`.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectLoadError(pub String);

impl fmt::Display for ProjectLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks that `dir` is a project directory, discovers its `.mpl` files and
/// reads them, in discovery order (so `main.mpl` is not necessarily first).
pub fn load(dir: &Path) -> Result<Vec<ProjectFile>, ProjectLoadError> {
    let shown = dir.display();
    if !dir.exists() {
        return Err(ProjectLoadError(format!(
            "Directory '{shown}' does not exist."
        )));
    }
    if !dir.is_dir() {
        return Err(ProjectLoadError(format!("'{shown}' is not a directory.")));
    }
    if !dir.join("main.mpl").is_file() {
        return Err(ProjectLoadError(format!(
            "No 'main.mpl' found in '{shown}'. Mesh projects must have a main.mpl entry point."
        )));
    }
    let relatives = discover(dir)?;
    let mut files = Vec::with_capacity(relatives.len());
    for relative in relatives {
        let module = module_name(&relative)?;
        let full = dir.join(&relative);
        let display_path = full.display().to_string();
        let bytes = fs::read(&full)
            .map_err(|e| ProjectLoadError(format!("Cannot read '{display_path}': {e}")))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| ProjectLoadError(format!("'{display_path}' is not valid UTF-8 text.")))?;
        files.push(ProjectFile {
            module,
            relative,
            display_path,
            text,
        });
    }
    reject_duplicate_modules(&files)?;
    Ok(files)
}

/// The relative paths of every `.mpl` file of the project, sorted.
pub fn discover(dir: &Path) -> Result<Vec<PathBuf>, ProjectLoadError> {
    let mut found = Vec::new();
    walk(dir, Path::new(""), &mut found)?;
    found.sort();
    Ok(found)
}

fn walk(
    root: &Path,
    relative_dir: &Path,
    found: &mut Vec<PathBuf>,
) -> Result<(), ProjectLoadError> {
    let dir = root.join(relative_dir);
    let read_error = |e: std::io::Error| {
        ProjectLoadError(format!("Cannot read directory '{}': {e}", dir.display()))
    };
    for entry in fs::read_dir(&dir).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        let name = entry.file_name();
        let Some(name_str) = name.to_str() else {
            return Err(ProjectLoadError(format!(
                "'{}' is not a valid UTF-8 file name.",
                entry.path().display()
            )));
        };
        if name_str.starts_with('.') {
            continue;
        }
        let relative = relative_dir.join(&name);
        let file_type = entry.file_type().map_err(read_error)?;
        if file_type.is_dir() {
            if relative_dir.as_os_str().is_empty() && name_str == "migrations" {
                continue;
            }
            walk(root, &relative, found)?;
        } else if name_str.ends_with(".mpl") && is_file(&entry.path(), file_type) {
            found.push(relative);
        }
    }
    Ok(())
}

/// A regular file, or a symbolic link to one.
fn is_file(path: &Path, file_type: fs::FileType) -> bool {
    file_type.is_file() || (file_type.is_symlink() && path.is_file())
}

/// The module name of a file from its path relative to the project root:
/// each directory and the file stem in PascalCase, joined with `.`; the root
/// `main.mpl` is `Main`.
pub fn module_name(relative: &Path) -> Result<String, ProjectLoadError> {
    let invalid = || {
        ProjectLoadError(format!(
            "Cannot derive a module name from '{}': every path component needs a letter or digit.",
            relative.display()
        ))
    };
    let mut parts = Vec::new();
    let components: Vec<_> = relative.components().collect();
    for (i, component) in components.iter().enumerate() {
        let text = component.as_os_str().to_str().ok_or_else(invalid)?;
        let text = if i + 1 == components.len() {
            text.strip_suffix(".mpl").unwrap_or(text)
        } else {
            text
        };
        let pascal = pascal_case(text);
        if pascal.is_empty() {
            return Err(invalid());
        }
        parts.push(pascal);
    }
    if parts.is_empty() {
        return Err(invalid());
    }
    Ok(parts.join("."))
}

/// `ws_handler` -> `WsHandler`: split on `_`, drop empty parts, upper-case
/// the first character of each part, keep the rest.
pub fn pascal_case(text: &str) -> String {
    text.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            let first = chars
                .next()
                .map(|c| c.to_uppercase().collect::<String>())
                .unwrap_or_default();
            first + chars.as_str()
        })
        .collect()
}

fn reject_duplicate_modules(files: &[ProjectFile]) -> Result<(), ProjectLoadError> {
    for (i, file) in files.iter().enumerate() {
        if let Some(earlier) = files[..i].iter().find(|f| f.module == file.module) {
            return Err(ProjectLoadError(format!(
                "Files '{}' and '{}' both define module '{}'; rename one of them.",
                earlier.display_path, file.display_path, file.module
            )));
        }
    }
    Ok(())
}
