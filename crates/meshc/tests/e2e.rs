//! End-to-end programs: every `tests/e2e/<case>/` (workspace root), and
//! every `examples/<name>/` that has an `expected.stdout`, is built
//! with `meshc build` into a temporary directory and run; its stdout must
//! equal `expected.stdout`, its exit status `expected.exit` (default 0), and
//! every non-empty line of `expected.stderr` (if present) must occur in its
//! stderr. An optional `flags` file holds extra `meshc build` flags on one
//! line; an optional `max_rss_mb` file bounds the program's peak resident
//! memory (memory is a behaviour, not a timing). Each case is its own test;
//! cases run in parallel.

mod support;

use std::fs;
use std::path::Path;
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};
use similar::TextDiff;

const BUILD_LIMIT: Duration = Duration::from_secs(300);
const RUN_LIMIT: Duration = Duration::from_secs(60);

fn main() {
    let args = Arguments::from_args();
    let cases = support::case_dirs("tests/e2e")
        .into_iter()
        .map(|dir| (support::case_name(&dir), dir));
    let examples = support::case_dirs("examples")
        .into_iter()
        .filter(|dir| dir.join("expected.stdout").is_file())
        .map(|dir| (format!("examples/{}", support::case_name(&dir)), dir));
    let trials = cases
        .chain(examples)
        .map(|(name, dir)| Trial::test(name, move || run_case(&dir)))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn run_case(dir: &Path) -> Result<(), Failed> {
    let expected_stdout = read(dir, "expected.stdout")?
        .ok_or_else(|| format!("{} has no expected.stdout", dir.display()))?;
    let expected_exit = match read(dir, "expected.exit")? {
        Some(text) => text
            .trim()
            .parse::<i32>()
            .map_err(|e| format!("expected.exit is not an exit status: {e}"))?,
        None => 0,
    };
    let expected_stderr = read(dir, "expected.stderr")?.unwrap_or_default();
    let flags = read(dir, "flags")?.unwrap_or_default();
    let max_rss_mib = match read(dir, "max_rss_mb")? {
        None => None,
        Some(text) => Some(
            text.trim()
                .parse::<u64>()
                .map_err(|e| format!("max_rss_mb is not a number of MiB: {e}"))?,
        ),
    };

    let temp = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
    let executable = temp.path().join(support::case_name(dir));
    let build = support::run_with_timeout(
        support::meshc()
            .arg("build")
            .arg(dir)
            .arg("-o")
            .arg(&executable)
            .arg("--no-color")
            .args(flags.split_whitespace()),
        BUILD_LIMIT,
    )?;
    if !build.status.success() {
        return Err(format!(
            "meshc build failed ({}):\n{}",
            build.describe_status(),
            build.stderr
        )
        .into());
    }

    let run = support::run_with_timeout(
        std::process::Command::new(&executable).current_dir(temp.path()),
        RUN_LIMIT,
    )?;
    let mut problems = Vec::new();
    if run.stdout != expected_stdout {
        problems.push(format!(
            "stdout differs (- expected, + actual):\n{}",
            TextDiff::from_lines(&expected_stdout, &run.stdout)
                .unified_diff()
                .context_radius(3)
                .header("expected.stdout", "actual stdout")
        ));
    }
    if run.status.code() != Some(expected_exit) {
        problems.push(format!(
            "expected exit status {expected_exit}, got {}",
            run.describe_status()
        ));
    }
    if let Some(limit_mib) = max_rss_mib {
        let used_mib = run.max_rss_kib / 1024;
        if used_mib > limit_mib {
            problems.push(format!(
                "peak resident memory {used_mib} MiB exceeds max_rss_mb {limit_mib} MiB"
            ));
        }
    }
    for line in expected_stderr.lines().filter(|l| !l.trim().is_empty()) {
        if !run.stderr.contains(line) {
            problems.push(format!("stderr lacks the line {line:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n--- stderr of the program ---\n{}",
            problems.join("\n"),
            run.stderr
        )
        .into())
    }
}

/// The contents of `dir/name`, or `None` if it does not exist.
fn read(dir: &Path, name: &str) -> Result<Option<String>, Failed> {
    let path = dir.join(name);
    if !path.exists() {
        return Ok(None);
    }
    fs::read_to_string(&path)
        .map(Some)
        .map_err(|e| format!("cannot read {}: {e}", path.display()).into())
}
