//! Building the C test programs that drive the runtime through its
//! `extern "C"` API the way compiled Mesh code does: find the runtime
//! staticlib of this test run and compile a program against it, once per
//! test run, in a directory of its own (concurrent runs never share a
//! binary; directories of finished runs are removed).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime staticlib cargo built for this test run: the newest
/// `libmesh_rt-*.a` next to the test executable, else `libmesh_rt.a` in
/// the profile directory.
pub fn runtime_library() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let deps = exe.parent().expect("deps directory");
    let newest_in_deps = std::fs::read_dir(deps)
        .expect("read deps directory")
        .filter_map(Result::ok)
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.starts_with("libmesh_rt-") && name.ends_with(".a")
        })
        .max_by_key(|entry| entry.metadata().and_then(|m| m.modified()).ok())
        .map(|entry| entry.path());
    newest_in_deps
        .or_else(|| deps.parent().map(|profile| profile.join("libmesh_rt.a")))
        .filter(|path| path.exists())
        .expect("libmesh_rt staticlib not found next to the test executable")
}

/// Removes the directories named `<prefix><pid>` whose process is gone.
fn remove_directories_of_finished_runs(tmp: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(prefix) else {
            continue;
        };
        if !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Compiles `source` (C) with `cc <opt_level>` against the runtime into an
/// executable in `$CARGO_TARGET_TMPDIR/mesh-rt-<name>-<pid>/`.
pub fn build(name: &str, source: &str, opt_level: &str) -> PathBuf {
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let prefix = format!("mesh-rt-{name}-");
    remove_directories_of_finished_runs(&tmp, &prefix);
    let dir = tmp.join(format!("{prefix}{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temporary directory");
    let source_path = dir.join("main.c");
    let exe = dir.join("main");
    std::fs::write(&source_path, source).expect("write C source");
    let output = Command::new("cc")
        .arg(opt_level)
        .arg("-o")
        .arg(&exe)
        .arg(&source_path)
        .arg(runtime_library())
        .arg("-lm")
        .output()
        .expect("run cc");
    assert!(
        output.status.success(),
        "cc failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    exe
}
