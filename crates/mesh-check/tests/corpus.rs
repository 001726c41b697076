//! The repository's test corpus (`tests/e2e`, `tests/compile_fail`) through
//! parse + check: every e2e program checks without errors, and every
//! compile-fail case whose expectation is a checker code reports it at the
//! expected place (`CODE path:line:col key phrase`).

mod common;
use common::check_project_with;
use std::path::{Path, PathBuf};

/// Module name of a project-relative path (language.md §2.2).
fn module_name(rel: &Path) -> String {
    let rel = rel.with_extension("");
    if rel == Path::new("main") {
        return "Main".into();
    }
    rel.components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .split('_')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let mut cs = p.chars();
                    cs.next()
                        .map(|f| f.to_uppercase().collect::<String>() + cs.as_str())
                        .unwrap_or_default()
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn mpl_files(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            mpl_files(&p, base, out);
        } else if p.extension().is_some_and(|e| e == "mpl") {
            out.push(p.strip_prefix(base).unwrap().to_path_buf());
        }
    }
}

fn check_dir(dir: &Path, strict: bool) -> common::Checked {
    let mut files = Vec::new();
    mpl_files(dir, dir, &mut files);
    let texts: Vec<(String, String, String)> = files
        .iter()
        .map(|rel| {
            let text = std::fs::read_to_string(dir.join(rel)).unwrap();
            (rel.to_string_lossy().into_owned(), module_name(rel), text)
        })
        .collect();
    let refs: Vec<(&str, &str, &str)> = texts
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    check_project_with(&refs, strict)
}

/// Whether every `.mpl` file under `dir` parses without errors.
fn parses(dir: &Path) -> bool {
    let mut files = Vec::new();
    mpl_files(dir, dir, &mut files);
    files.iter().all(|rel| {
        let text = std::fs::read_to_string(dir.join(rel)).unwrap();
        mesh_syntax::parse_file(mesh_syntax::FileId(0), &text).1.is_empty()
    })
}

fn corpus(kind: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests")
        .join(kind);
    let mut dirs: Vec<PathBuf> = match std::fs::read_dir(&root) {
        Ok(rd) => rd
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect(),
        Err(_) => Vec::new(),
    };
    dirs.sort();
    assert!(!dirs.is_empty(), "no test corpus at {}", root.display());
    dirs
}

/// Cases expected to fail here (a listed case that starts to pass fails the
/// test, so that the list stays exact); the cases of features not built yet live
/// in `tests/pending/` instead, so this stays empty unless a regression is
/// being tracked.
const PENDING: &[&str] = &[];

fn pending(dir: &Path) -> bool {
    dir.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| PENDING.contains(&n))
}

/// Applies `PENDING` to one case's outcome.
fn record(dir: &Path, failure: Option<String>, failures: &mut Vec<String>) {
    match (pending(dir), failure) {
        (false, Some(f)) => failures.push(f),
        (true, None) => failures.push(format!("{}: passes now; remove it from PENDING", dir.display())),
        _ => {}
    }
}

#[test]
fn e2e_programs_check_cleanly() {
    let mut failures = Vec::new();
    for dir in corpus("e2e") {
        // Programs the parser does not accept yet are the parser's tests.
        if !parses(&dir) {
            eprintln!("skipped (syntax errors): {}", dir.display());
            continue;
        }
        let c = check_dir(&dir, true);
        let failure = match &c.result {
            Err(e) => Some(format!("{}: project error {}", dir.display(), e.0)),
            Ok(out) => {
                let errors: Vec<String> = out
                    .diagnostics
                    .iter()
                    .filter(|d| d.is_error())
                    .map(|d| c.render(d))
                    .collect();
                match &out.program {
                    Some(p) if errors.is_empty() => {
                        common::assert_hir_invariants(p);
                        None
                    }
                    _ => Some(format!("{}: {:?}", dir.display(), errors)),
                }
            }
        };
        record(&dir, failure, &mut failures);
    }
    assert!(failures.is_empty(), "{:#?}", failures);
}

#[test]
fn compile_fail_cases_report_the_expected_diagnostic() {
    let mut failures = Vec::new();
    for dir in corpus("compile_fail") {
        let Ok(expected) = std::fs::read_to_string(dir.join("expected.diag")) else {
            continue;
        };
        let first = expected.lines().next().unwrap_or("").to_string();
        if !first.starts_with('E') || ["E0102", "E0108", "E0112"].iter().any(|c| first.starts_with(c)) {
            continue; // syntax-level expectations belong to the parser
        }
        let c = check_dir(&dir, false);
        let got = match &c.result {
            Ok(_) => c.diagnostics(),
            Err(e) => vec![e.0.clone()],
        };
        let mut parts = first.splitn(3, ' ');
        let (code, place, phrase) = (
            parts.next().unwrap(),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        let ok = got
            .first()
            .is_some_and(|g| g.starts_with(&format!("{} {}", code, place)) && g.contains(phrase));
        let failure = (!ok).then(|| format!("{}: expected `{}`, got {:?}", dir.display(), first, got));
        record(&dir, failure, &mut failures);
    }
    assert!(failures.is_empty(), "{:#?}", failures);
}
