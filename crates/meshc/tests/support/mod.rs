//! Helpers shared by the e2e and compile-fail harnesses: where the cases
//! live, and running a process with a time limit while capturing its output.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::Duration;


/// The workspace root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .join("../..")
        .canonicalize()
        .expect("workspace root exists")
}

/// The case directories under `<workspace>/<suite>/` (e.g. `tests/e2e`)
/// that contain a `main.mpl`, sorted by name (none if the suite directory
/// does not exist).
pub fn case_dirs(suite: &str) -> Vec<PathBuf> {
    let root = workspace_root().join(suite);
    let Ok(entries) = std::fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("main.mpl").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// The name of a case: its directory name.
pub fn case_name(dir: &Path) -> String {
    dir.file_name()
        .expect("case dir has a name")
        .to_string_lossy()
        .into_owned()
}

/// The `meshc` binary under test.
pub fn meshc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_meshc"))
}

/// What a finished process printed.
pub struct Captured {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
    /// The process's peak resident set size in KiB (`ru_maxrss` of `wait4`).
    #[allow(dead_code)] // read by the e2e harness, not by every harness sharing this module
    pub max_rss_kib: u64,
}

impl Captured {
    /// The exit code, or a description of how the process ended.
    pub fn describe_status(&self) -> String {
        match self.status.code() {
            Some(code) => format!("exit status {code}"),
            None => format!("{}", self.status),
        }
    }
}

/// Runs `command` with no stdin, capturing stdout and stderr; kills it and
/// fails after `limit`.
pub fn run_with_timeout(command: &mut Command, limit: Duration) -> Result<Captured, String> {
    let shown = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    let stdout = reader(child.stdout.take().expect("piped stdout"));
    let stderr = reader(child.stderr.take().expect("piped stderr"));
    let Some((status, max_rss_kib)) = wait_with_usage(child.id(), limit) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!(
            "{shown} did not finish within {} s",
            limit.as_secs()
        ));
    };
    Ok(Captured {
        status,
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
        max_rss_kib,
    })
}

/// Waits for the child `pid` to exit (polling `wait4`, which also reports
/// the child's own peak memory); `None` if it is still running after `limit`.
fn wait_with_usage(pid: u32, limit: Duration) -> Option<(ExitStatus, u64)> {
    use std::os::unix::process::ExitStatusExt;
    let deadline = std::time::Instant::now() + limit;
    loop {
        let mut status = 0;
        // SAFETY: an all-zero `rusage` is a valid value to be overwritten.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: `pid` is our own unwaited child; the pointers are valid.
        let reaped = unsafe { libc::wait4(pid as libc::pid_t, &mut status, libc::WNOHANG, &mut usage) };
        if reaped == pid as libc::pid_t {
            return Some((ExitStatus::from_raw(status), usage.ru_maxrss.max(0) as u64));
        }
        if std::time::Instant::now() >= deadline {
            return None;
        }
        thread::sleep(Duration::from_millis(2));
    }
}

fn reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}
