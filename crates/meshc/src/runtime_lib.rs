//! Locating the runtime static library `libmesh_rt.a` that every program is
//! linked with: `MESH_RT_LIB` if set, else next to the `meshc` executable,
//! else in that directory's parent (cargo puts test executables in
//! `target/<profile>/deps/`, the library in `target/<profile>/`).

use std::path::{Path, PathBuf};

/// The environment variable that overrides the search.
pub const ENV_VAR: &str = "MESH_RT_LIB";

/// File name of the runtime library.
pub const FILE_NAME: &str = "libmesh_rt.a";

/// Finds the runtime library for the running executable.
pub fn find() -> Result<PathBuf, String> {
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot locate the meshc executable: {e}"))?;
    find_from(std::env::var_os(ENV_VAR).map(PathBuf::from), &exe)
}

/// Finds the runtime library given the override (if any) and the path of
/// the running executable.
pub fn find_from(override_path: Option<PathBuf>, exe: &Path) -> Result<PathBuf, String> {
    if let Some(path) = override_path.filter(|p| !p.as_os_str().is_empty()) {
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "{ENV_VAR} is set to '{}', which is not a file",
                path.display()
            ))
        };
    }
    let exe_dir = exe.parent().unwrap_or(Path::new("."));
    let candidates: Vec<PathBuf> = std::iter::once(exe_dir)
        .chain(exe_dir.parent())
        .map(|dir| dir.join(FILE_NAME))
        .collect();
    if let Some(found) = candidates.iter().find(|p| p.is_file()) {
        return Ok(found.clone());
    }
    Err(format!(
        "runtime library '{FILE_NAME}' not found (looked in '{}'); build it with \
         `cargo build -p mesh-rt` or set {ENV_VAR} to its path",
        candidates
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join("', '")
    ))
}
