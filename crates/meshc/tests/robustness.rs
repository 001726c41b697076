//! Robustness of the front end: thousands of programs mutated from the e2e
//! corpus (truncations, deleted/duplicated/swapped lines, deleted tokens,
//! inserted punctuation and keywords) go through the lexer, the parser and
//! the checker (with the stdlib). None may panic, and each must either
//! succeed (a checked program, no error) or produce at least one error
//! diagnostic. Every diagnostic is also rendered (human and JSON), which
//! must not panic either. The mutations come from a fixed-seed PRNG, so a
//! failure reproduces.

use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mesh_syntax::{Diagnostic, FileId};
use meshc::pipeline::{self, UserModule};
use meshc::{project, render};

/// How many mutated programs to check in total.
const MUTANTS: usize = 5000;
/// An input that takes longer than this is reported as a hang.
const HANG_LIMIT: Duration = Duration::from_secs(30);

/// A seed program (kept small so failures are readable) used besides the
/// corpus, so the test has material before the corpus exists.
const SEED: &str = r#"from Util import twice

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn classify(n) do
  case n do
    0 -> "zero"
    1 -> "one"
    _ -> "many: ${n}"
  end
end

fn main() do
  let x = twice(fib(10))
  println(classify(x) <> "!")
  println("${x |> twice} ${String.length("abc")} ${1.5 * 2.0} ${true and not false}")
end
"#;
const SEED_UTIL: &str = "pub fn twice(x :: Int) -> Int do\n  x * 2\nend\n";

const INSERTIONS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ".",
    ":",
    "::",
    "->",
    "=>",
    "|>",
    "=",
    "==",
    "<>",
    "+",
    "-",
    "*",
    "/",
    "%",
    "!",
    "?",
    "|",
    "&&",
    "\"",
    "${",
    "#",
    "\n",
    " do ",
    " end ",
    " fn ",
    " let ",
    " if ",
    " else ",
    " case ",
    " when ",
    " pub ",
    " import ",
    " from ",
    " return ",
    " receive ",
    " actor ",
    " struct ",
    " type ",
    " impl ",
    " for ",
    " in ",
    " while ",
    " 123 ",
    " 1.5 ",
    " :atom ",
    " _ ",
    " self ",
    " nil ",
    "'",
    "\\",
    "..",
    "'x'",
    "\"\"\"",
];

/// A small deterministic PRNG (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// A project of the corpus: its modules, in discovery order.
struct Program {
    name: String,
    modules: Vec<UserModule>,
}

fn corpus() -> Vec<Program> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root");
    let mut dirs: Vec<PathBuf> = Vec::new();
    for suite in ["tests/e2e", "tests/compile_fail", "examples"] {
        if let Ok(entries) = std::fs::read_dir(root.join(suite)) {
            dirs.extend(entries.filter_map(Result::ok).map(|e| e.path()));
        }
    }
    dirs.sort();
    let mut programs: Vec<Program> = dirs
        .iter()
        .filter_map(|dir| {
            let files = project::load(dir).ok()?;
            Some(Program {
                name: dir.display().to_string(),
                modules: files.into_iter().map(UserModule::from).collect(),
            })
        })
        .collect();
    programs.push(Program {
        name: "<seed>".into(),
        modules: vec![
            module("Main", "main.mpl", SEED),
            module("Util", "util.mpl", SEED_UTIL),
        ],
    });
    programs
}

fn module(name: &str, path: &str, text: &str) -> UserModule {
    UserModule {
        name: name.into(),
        path: path.into(),
        text: text.into(),
    }
}

/// The largest char boundary at or below `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One random mutation of `text`; `kind` picks which.
fn mutate(text: &str, kind: usize, rng: &mut Rng) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    match kind {
        0 => text[..floor(text, rng.below(text.len() + 1))].to_string(),
        1 if !lines.is_empty() => {
            let i = rng.below(lines.len());
            lines
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, l)| *l)
                .collect()
        }
        2 if !lines.is_empty() => {
            let i = rng.below(lines.len());
            let mut out: Vec<&str> = lines.clone();
            out.insert(i, lines[i]);
            out.concat()
        }
        3 if lines.len() > 1 => {
            let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
            let mut out = lines.clone();
            out.swap(i, j);
            out.concat()
        }
        4 => {
            let (tokens, _) = mesh_syntax::lex(FileId(0), text);
            if tokens.is_empty() {
                return text.to_string();
            }
            let range = tokens[rng.below(tokens.len())].1.range();
            let (start, end) = (floor(text, range.start), floor(text, range.end));
            format!("{}{}", &text[..start], &text[end.max(start)..])
        }
        _ => {
            let at = floor(text, rng.below(text.len() + 1));
            let insert = INSERTIONS[rng.below(INSERTIONS.len())];
            format!("{}{}{}", &text[..at], insert, &text[at..])
        }
    }
}

/// How far an input got through the front end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reached {
    /// Stopped by syntax errors.
    ParseErrors,
    /// Checked, with errors (or a project error).
    CheckErrors,
    /// Checked without errors.
    Checked,
}

/// How far one input got, or what went wrong with it.
fn examine(modules: Vec<UserModule>) -> Result<Reached, String> {
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        for (i, m) in modules.iter().enumerate() {
            let (_, lex_diagnostics) = mesh_syntax::lex(FileId(i as u32), &m.text);
            check_diagnostics_shape(&lex_diagnostics)?;
        }
        let parsed = pipeline::parse(modules);
        render_all(&parsed.diagnostics, &parsed.files);
        check_diagnostics_shape(&parsed.diagnostics)?;
        if parsed.has_errors() {
            return Ok(Reached::ParseErrors);
        }
        let (files, result) = pipeline::check(parsed);
        let Ok(output) = result else {
            return Ok(Reached::CheckErrors); // a project error is an error report
        };
        render_all(&output.diagnostics, &files);
        check_diagnostics_shape(&output.diagnostics)?;
        let has_error = output.diagnostics.iter().any(Diagnostic::is_error);
        match (output.program.is_some(), has_error) {
            (true, false) => Ok(Reached::Checked),
            (false, true) => Ok(Reached::CheckErrors),
            (false, false) => Err("checking failed without an error diagnostic".to_string()),
            (true, true) => Err("a program was produced together with errors".to_string()),
        }
    }));
    match outcome {
        Ok(result) => result,
        Err(payload) => Err(format!("panicked: {}", panic_message(&payload))),
    }
}

/// Every diagnostic has a code and a non-inverted primary span.
fn check_diagnostics_shape(diagnostics: &[Diagnostic]) -> Result<(), String> {
    for d in diagnostics {
        if d.code.is_empty() || d.primary.span.start > d.primary.span.end {
            return Err(format!("malformed diagnostic: {d:?}"));
        }
    }
    Ok(())
}

fn render_all(diagnostics: &[Diagnostic], files: &[mesh_syntax::SourceFile]) {
    for d in diagnostics {
        render::render_human(d, files, false);
        render::render_json(d, files);
    }
}

fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "<non-string panic>".into())
}

/// Aborts the process with the current input if one input runs too long
/// (a hang cannot be caught like a panic).
fn start_watchdog(progress: Arc<AtomicUsize>, current: Arc<Mutex<String>>) {
    std::thread::spawn(move || {
        let mut last = usize::MAX;
        loop {
            std::thread::sleep(HANG_LIMIT);
            let now = progress.load(Ordering::SeqCst);
            if now == last {
                eprintln!(
                    "front end hangs (over {} s) on this input:\n{}",
                    HANG_LIMIT.as_secs(),
                    current.lock().map(|s| s.clone()).unwrap_or_default()
                );
                std::process::exit(1);
            }
            last = now;
        }
    });
}

#[test]
fn mutated_programs_never_panic_and_always_report() {
    let programs = corpus();
    let per_program = MUTANTS.div_ceil(programs.len()).max(10);
    let progress = Arc::new(AtomicUsize::new(0));
    let current = Arc::new(Mutex::new(String::new()));
    start_watchdog(progress.clone(), current.clone());
    // Panics on this thread are caught and reported below; the default
    // hook's output for each of them would only bury the summary.
    let default_hook = panic::take_hook();
    let this_thread = std::thread::current().id();
    let silenced = Arc::new(AtomicBool::new(true));
    let silence = silenced.clone();
    panic::set_hook(Box::new(move |info| {
        if !(silence.load(Ordering::SeqCst) && std::thread::current().id() == this_thread) {
            default_hook(info);
        }
    }));

    let mut rng = Rng(0x4D45_5348);
    let mut failures = Vec::new();
    let mut counts = std::collections::BTreeMap::new();
    let mut checked = 0;
    for program in &programs {
        for n in 0..per_program {
            let target = n % program.modules.len();
            let kind = n % 6;
            let mut modules = program.modules.clone();
            modules[target].text = mutate(&modules[target].text, kind, &mut rng);
            let text = modules[target].text.clone();
            *current.lock().unwrap() =
                format!("{} ({}):\n{}", program.name, modules[target].path, text);
            match examine(modules) {
                Ok(reached) => *counts.entry(format!("{reached:?}")).or_insert(0) += 1,
                Err(problem) => failures.push((
                    program.name.clone(),
                    program.modules[target].path.clone(),
                    problem,
                    text,
                )),
            }
            checked += 1;
            progress.fetch_add(1, Ordering::SeqCst);
        }
    }
    silenced.store(false, Ordering::SeqCst);

    let mut report = String::new();
    for (name, path, problem, text) in failures.iter().take(5) {
        let _ = writeln!(report, "--- {name} ({path}): {problem}\n{text}");
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} mutated programs failed; the first ones:\n{report}",
        failures.len()
    );
    assert!(checked >= MUTANTS, "only {checked} programs were checked");
    eprintln!("{checked} mutated programs: {counts:?}");
    // The mutations must exercise the checker too, not only the parser.
    let reached_checker = checked - counts.get("ParseErrors").copied().unwrap_or(0);
    assert!(
        reached_checker * 5 >= checked,
        "only {reached_checker} of {checked} reached the checker"
    );
}

#[test]
fn mutations_are_deterministic() {
    let run = || {
        let mut rng = Rng(7);
        (0..60)
            .map(|n| mutate(SEED, n % 6, &mut rng))
            .collect::<Vec<_>>()
    };
    let first = run();
    assert_eq!(first, run());
    assert!(first.iter().filter(|m| m.as_str() != SEED).count() > 50);
}
