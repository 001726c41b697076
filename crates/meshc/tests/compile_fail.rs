//! Programs that must not compile: every `tests/compile_fail/<case>/`
//! (workspace root) holds `main.mpl` (and maybe more modules) and
//! `expected.diag`, whose non-empty lines read `CODE FILE:LINE:COL
//! MESSAGE-SUBSTRING` with FILE relative to the case directory.
//!
//! `meshc build --json` must exit with status 1, and every expected line
//! must match one emitted diagnostic: same code, same file, primary span
//! starting at LINE:COL (1-based, columns in characters), message
//! containing the substring. The human rendering (`--no-color`) must
//! mention every expected code and `FILE:LINE:COL`.
//!
//! A case whose lines all name warnings (codes `W....`, language.md §8.1:
//! warnings never stop compilation) checks a build that succeeds: both
//! builds must exit with status 0, and each expected line must match a
//! diagnostic emitted with severity `warning`.

mod support;

use std::fs;
use std::path::Path;
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};
use mesh_syntax::{FileId, SourceFile};

const BUILD_LIMIT: Duration = Duration::from_secs(120);

fn main() {
    let args = Arguments::from_args();
    let trials = support::case_dirs("tests/compile_fail")
        .into_iter()
        .map(|dir| Trial::test(support::case_name(&dir), move || run_case(&dir)))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// One line of `expected.diag`.
#[derive(Debug)]
struct Expected {
    code: String,
    file: String,
    line: usize,
    col: usize,
    message: String,
}

/// One diagnostic from `--json` output, located.
#[derive(Debug)]
struct Emitted {
    code: String,
    severity: String,
    file: String,
    line: usize,
    col: usize,
    message: String,
}

fn run_case(dir: &Path) -> Result<(), Failed> {
    let spec_path = dir.join("expected.diag");
    let spec = fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let expected = spec
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(parse_expected)
        .collect::<Result<Vec<_>, _>>()?;
    if expected.is_empty() {
        return Err("expected.diag lists no diagnostic".into());
    }

    let temp = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
    let output = temp.path().join("out");
    let json = support::run_with_timeout(
        support::meshc()
            .arg("build")
            .arg("--json")
            .arg(dir)
            .arg("-o")
            .arg(&output),
        BUILD_LIMIT,
    )?;
    let warnings_only = expected.iter().all(|e| e.code.starts_with('W'));
    let status = if warnings_only { 0 } else { 1 };
    if json.status.code() != Some(status) {
        return Err(format!(
            "meshc build --json: expected exit status {status}, got {}\n{}",
            json.describe_status(),
            json.stderr
        )
        .into());
    }
    let emitted = parse_emitted(&json.stderr, dir)?;
    let mut problems = Vec::new();
    if !json.stdout.is_empty() {
        problems.push(format!("meshc build printed on stdout:\n{}", json.stdout));
    }
    for want in &expected {
        let found = emitted.iter().any(|got| {
            got.code == want.code
                && got.file == want.file
                && got.line == want.line
                && got.col == want.col
                && got.message.contains(&want.message)
                && (!want.code.starts_with('W') || got.severity == "warning")
        });
        if !found {
            problems.push(format!(
                "no diagnostic {} {}:{}:{} containing {:?}",
                want.code, want.file, want.line, want.col, want.message
            ));
        }
    }

    let human = support::run_with_timeout(
        support::meshc()
            .arg("build")
            .arg("--no-color")
            .arg(dir)
            .arg("-o")
            .arg(&output),
        BUILD_LIMIT,
    )?;
    if human.status.code() != Some(status) {
        problems.push(format!(
            "meshc build: expected exit status {status}, got {}",
            human.describe_status()
        ));
    }
    for want in &expected {
        let location = format!(
            "{}:{}:{}",
            dir.join(&want.file).display(),
            want.line,
            want.col
        );
        if !human.stderr.contains(&format!("[{}]", want.code)) {
            problems.push(format!("human output lacks [{}]", want.code));
        }
        if !human.stderr.contains(&location) {
            problems.push(format!("human output lacks {location}"));
        }
    }

    if problems.is_empty() {
        Ok(())
    } else {
        let listed: Vec<String> = emitted
            .iter()
            .map(|d| {
                format!(
                    "  {} ({}) {}:{}:{} {}",
                    d.code, d.severity, d.file, d.line, d.col, d.message
                )
            })
            .collect();
        Err(format!(
            "{}\nemitted:\n{}\n--- human output ---\n{}",
            problems.join("\n"),
            listed.join("\n"),
            human.stderr
        )
        .into())
    }
}

/// `E0001 main.mpl:3:9 expected `String``.
fn parse_expected(line: &str) -> Result<Expected, String> {
    let bad =
        || format!("malformed expected.diag line (want `CODE FILE:LINE:COL MESSAGE`): {line:?}");
    let mut parts = line.trim().splitn(3, ' ');
    let code = parts.next().ok_or_else(bad)?.to_string();
    let location = parts.next().ok_or_else(bad)?;
    let message = parts.next().unwrap_or("").trim().to_string();
    let mut pieces = location.rsplitn(3, ':');
    let col = pieces.next().and_then(|c| c.parse().ok()).ok_or_else(bad)?;
    let line_no = pieces.next().and_then(|l| l.parse().ok()).ok_or_else(bad)?;
    let file = pieces
        .next()
        .filter(|f| !f.is_empty())
        .ok_or_else(bad)?
        .to_string();
    Ok(Expected {
        code,
        file,
        line: line_no,
        col,
        message,
    })
}

/// Every JSON diagnostic in `stderr` that has a file, with its primary span
/// start turned into a line and column and its file made relative to `dir`.
fn parse_emitted(stderr: &str, dir: &Path) -> Result<Vec<Emitted>, String> {
    let prefix = format!("{}/", dir.display());
    let mut emitted = Vec::new();
    for line in stderr.lines().filter(|l| l.starts_with('{')) {
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("invalid JSON line {line:?}: {e}"))?;
        let text = |key: &str| value[key].as_str().unwrap_or_default().to_string();
        let path = text("file");
        let Some(start) = value["spans"][0]["start"].as_u64() else {
            continue;
        };
        // A file that cannot be read (an embedded stdlib path) gets 0:0.
        let (line_no, col) = match fs::read_to_string(&path) {
            Ok(text) => SourceFile {
                id: FileId(0),
                path: path.clone(),
                text,
            }
            .line_col(u32::try_from(start).unwrap_or(u32::MAX)),
            Err(_) => (0, 0),
        };
        emitted.push(Emitted {
            code: text("code"),
            severity: text("severity"),
            file: path.strip_prefix(&prefix).unwrap_or(&path).to_string(),
            line: line_no,
            col,
            message: text("message"),
        });
    }
    Ok(emitted)
}
