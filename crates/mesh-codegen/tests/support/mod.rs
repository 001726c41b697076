//! Shared by the end-to-end tests: the runtime static library.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// `libmesh_rt.a`, built with `cargo build -p mesh-rt` once per test binary.
pub fn runtime_lib() -> &'static Path {
    static LIB: OnceLock<PathBuf> = OnceLock::new();
    LIB.get_or_init(|| {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "-p", "mesh-rt"])
            .current_dir(&workspace)
            .status()
            .expect("run cargo");
        assert!(status.success(), "cargo build -p mesh-rt failed");
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(|dir| workspace.join(dir))
            .unwrap_or_else(|| workspace.join("target"));
        target.join("debug").join("libmesh_rt.a")
    })
}
