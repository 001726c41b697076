//! Linking the program's object file with the runtime library into an
//! executable, through the system C compiler driver `cc`.

use std::path::Path;
use std::process::Command;

/// `cc <object> <runtime_lib> -lm -lpthread -ldl -o <output>`; on failure
/// the error carries cc's stderr.
pub fn link(object: &Path, runtime_lib: &Path, output: &Path) -> Result<(), String> {
    if !runtime_lib.is_file() {
        return Err(format!(
            "runtime library not found: {}",
            runtime_lib.display()
        ));
    }
    let result = Command::new("cc")
        .arg(object)
        .arg(runtime_lib)
        .args(["-lm", "-lpthread", "-ldl", "-o"])
        .arg(output)
        .output()
        .map_err(|e| format!("cannot run the linker `cc`: {e}"))?;
    if result.status.success() {
        Ok(())
    } else {
        Err(format!(
            "linking failed ({}):\n{}",
            result.status,
            String::from_utf8_lossy(&result.stderr).trim_end()
        ))
    }
}
