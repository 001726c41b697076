//! The `meshc` command line: exit statuses and messages of project and
//! usage errors, project discovery and module names, the runtime-library
//! search, and snapshots of rendered diagnostics (human, without colour, and
//! JSON lines) for hand-made `Diagnostic`s.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use mesh_syntax::{Diagnostic, FileId, SourceFile, Span};
use meshc::render::{self, Emitter, Format};
use meshc::{cli, project, runtime_lib};

fn meshc(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meshc"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("meshc runs")
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Writes `files` (relative path, text) under a fresh temporary directory.
fn project_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in files {
        let full = dir.path().join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, text).unwrap();
    }
    dir
}

// ------------------------------------------------------------ exit codes

#[test]
fn missing_directory_fails_with_status_1() {
    let tmp = tempfile::tempdir().unwrap();
    for command in ["build", "check", "run"] {
        let out = meshc(&[command, "no_such_dir"], tmp.path());
        assert_eq!(out.status.code(), Some(1), "{command}");
        assert_eq!(
            stderr_of(&out),
            "error: Directory 'no_such_dir' does not exist.\n"
        );
    }
}

#[test]
fn missing_main_mpl_fails_with_the_reference_message() {
    let tmp = project_with(&[("app/util.mpl", "pub fn f() do\n  1\nend\n")]);
    let out = meshc(&["build", "app"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        "error: No 'main.mpl' found in 'app'. Mesh projects must have a main.mpl entry point.\n"
    );
}

#[test]
fn a_file_is_not_a_project_directory() {
    let tmp = project_with(&[("main.mpl", "fn main() do\nend\n")]);
    let out = meshc(&["check", "main.mpl"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr_of(&out), "error: 'main.mpl' is not a directory.\n");
}

#[test]
fn project_errors_in_json_mode_are_c0001_objects() {
    let tmp = tempfile::tempdir().unwrap();
    let out = meshc(&["build", "--json", "missing"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let line: serde_json::Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(line["code"], "C0001");
    assert_eq!(line["severity"], "error");
    assert_eq!(line["message"], "Directory 'missing' does not exist.");
    assert_eq!(line["file"], "");
    assert_eq!(line["spans"], serde_json::json!([]));
    assert_eq!(line["fix"], serde_json::Value::Null);
}

#[test]
fn duplicate_module_names_fail() {
    let tmp = project_with(&[
        ("app/main.mpl", "fn main() do\nend\n"),
        ("app/foo_bar.mpl", "pub fn f() do\n  1\nend\n"),
        ("app/foo__bar.mpl", "pub fn g() do\n  2\nend\n"),
    ]);
    let out = meshc(&["check", "app"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        "error: Files 'app/foo__bar.mpl' and 'app/foo_bar.mpl' both define module 'FooBar'; \
         rename one of them.\n"
    );
}

#[test]
fn import_cycles_are_project_errors() {
    let tmp = project_with(&[
        ("app/main.mpl", "from A import f\n\nfn main() do\n  println(\"${f()}\")\nend\n"),
        ("app/a.mpl", "from B import g\n\npub fn f() -> Int = g()\n"),
        ("app/b.mpl", "from A import f\n\npub fn g() -> Int = 1\n\npub fn h() -> Int = f()\n"),
    ]);
    let out = meshc(&["build", "app"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = stderr_of(&out);
    assert!(stderr.starts_with("error: Circular dependency: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn usage_errors_exit_with_status_2() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["build"][..],
        &["build", "app", "--opt-level", "high"][..],
        &["build", "app", "--no-such-flag"][..],
        &["check", "a", "b"][..],
    ] {
        let out = meshc(args, tmp.path());
        assert_eq!(
            out.status.code(),
            Some(2),
            "meshc {args:?}: {}",
            stderr_of(&out)
        );
        assert!(
            !stderr_of(&out).is_empty(),
            "meshc {args:?} explains the usage error"
        );
    }
}

#[test]
fn help_and_version_succeed() {
    let tmp = tempfile::tempdir().unwrap();
    let help = meshc(&["--help"], tmp.path());
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    for command in ["build", "check", "run"] {
        assert!(text.contains(command), "help lists {command}: {text}");
    }
    let build_help = meshc(&["build", "--help"], tmp.path());
    let text = String::from_utf8_lossy(&build_help.stdout);
    for flag in [
        "--opt-level",
        "--emit-llvm",
        "--output",
        "--target",
        "--json",
        "--no-color",
    ] {
        assert!(text.contains(flag), "build help lists {flag}: {text}");
    }
    let version = meshc(&["--version"], tmp.path());
    assert_eq!(version.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("meshc "));
}

// ------------------------------------------------- the front end via the CLI

#[test]
fn syntax_errors_are_reported_with_file_line_and_column() {
    let tmp = project_with(&[
        ("app/main.mpl", "fn main() do\n  println(\"hi\")\nend\n"),
        ("app/util.mpl", "pub fn f() do\n  let = 1\nend\n"),
    ]);
    let out = meshc(&["check", "--no-color", "app"], tmp.path());
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("[P0001] Parse error:"), "{stderr}");
    assert!(stderr.contains("app/util.mpl:2:"), "{stderr}");
    assert!(
        stderr.ends_with("error: Compilation failed due to errors above.\n"),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}'), "no colour when asked: {stderr}");
}

#[test]
fn syntax_errors_in_json_mode_are_json_lines() {
    let tmp = project_with(&[("app/main.mpl", "fn main() do\n  let = 1\nend\n")]);
    let out = meshc(&["build", "--json", "app"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stderr_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stderr line is JSON"))
        .collect();
    let (last, diagnostics) = lines.split_last().expect("at least the failure line");
    assert_eq!(last["code"], "C0001");
    assert_eq!(last["message"], "Compilation failed due to errors above.");
    assert!(!diagnostics.is_empty());
    for d in diagnostics {
        assert_eq!(d["code"], "P0001");
        assert_eq!(d["file"], "app/main.mpl");
        assert!(
            d["message"].as_str().unwrap().starts_with("Parse error: "),
            "{d}"
        );
        assert!(d["spans"][0]["start"].as_u64().is_some(), "{d}");
    }
}

#[test]
fn check_accepts_a_valid_project_silently() {
    let tmp = project_with(&[
        (
            "app/main.mpl",
            "from Util import twice\n\nfn main() do\n  println(\"${twice(21)}\")\nend\n",
        ),
        (
            "app/util.mpl",
            "pub fn twice(x :: Int) -> Int do\n  x * 2\nend\n",
        ),
    ]);
    let out = meshc(&["check", "app", "--signatures"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), "");
    let signatures = String::from_utf8_lossy(&out.stdout);
    assert!(signatures.contains("twice"), "{signatures}");
}

#[test]
fn type_errors_point_into_the_file_that_contains_them() {
    let tmp = project_with(&[
        (
            "app/main.mpl",
            "from Geometry import area\n\nfn main() do\n  println(area(2))\nend\n",
        ),
        (
            "app/geometry.mpl",
            "pub fn area(x :: Int) -> Int do\n  x * \"two\"\nend\n",
        ),
    ]);
    let out = meshc(&["check", "--no-color", "app"], tmp.path());
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("app/geometry.mpl:2:"), "{stderr}");
    assert!(
        stderr.ends_with("error: Compilation failed due to errors above.\n"),
        "{stderr}"
    );
}

#[test]
fn build_writes_the_default_output_and_the_llvm_ir() {
    let tmp = project_with(&[("hello/main.mpl", "fn main() do\n  println(\"hi\")\nend\n")]);
    let out = meshc(
        &["build", "hello", "--emit-llvm", "--opt-level", "2"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stderr_of(&out),
        "  Compiled: hello/hello\n  LLVM IR: hello/hello.ll\n"
    );
    let ir = fs::read_to_string(tmp.path().join("hello/hello.ll")).expect("IR written");
    assert!(ir.contains("define"), "{ir}");
    let run = Command::new(tmp.path().join("hello/hello"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&run.stdout), "hi\n");
}

#[test]
fn build_writes_to_the_given_output_creating_its_directory() {
    let tmp = project_with(&[("app/main.mpl", "fn main() do\n  println(\"out\")\nend\n")]);
    let out = meshc(&["build", "app", "-o", "bin/prog"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), "  Compiled: bin/prog\n");
    assert!(tmp.path().join("bin/prog").is_file());
    assert!(!tmp.path().join("app/app").exists());
}

#[test]
fn run_forwards_output_and_exit_status() {
    let tmp = project_with(&[
        ("ok/main.mpl", "fn main() do\n  println(\"ran\")\nend\n"),
        ("boom/main.mpl", "fn div(a :: Int, b :: Int) -> Int = a / b\n\nfn main() do\n  println(\"${div(1, 0)}\")\nend\n"),
    ]);
    let ok = meshc(&["run", "ok"], tmp.path());
    assert_eq!(ok.status.code(), Some(0), "{}", stderr_of(&ok));
    assert_eq!(String::from_utf8_lossy(&ok.stdout), "ran\n");
    assert_eq!(stderr_of(&ok), "");
    assert!(
        !tmp.path().join("ok/ok").exists(),
        "run builds into a temporary directory"
    );

    let boom = meshc(&["run", "boom", "--", "ignored-arg"], tmp.path());
    assert_eq!(boom.status.code(), Some(101), "{}", stderr_of(&boom));
    assert!(
        stderr_of(&boom).contains("division by zero"),
        "{}",
        stderr_of(&boom)
    );
}

// ------------------------------------------------- discovery and module names

#[test]
fn module_names_follow_the_path_rule() {
    let cases = [
        ("main.mpl", "Main"),
        ("util.mpl", "Util"),
        ("types/event.mpl", "Types.Event"),
        ("storage/queries.mpl", "Storage.Queries"),
        ("services/stream_manager.mpl", "Services.StreamManager"),
        ("ingestion/ws_handler.mpl", "Ingestion.WsHandler"),
        ("api/helpers.mpl", "Api.Helpers"),
        ("a/b/c/deep_name.mpl", "A.B.C.DeepName"),
        ("sub/main.mpl", "Sub.Main"),
        ("__odd__name_.mpl", "OddName"),
        ("keepCase_x.mpl", "KeepCaseX"),
    ];
    for (path, module) in cases {
        assert_eq!(
            project::module_name(Path::new(path)).unwrap(),
            module,
            "{path}"
        );
    }
    let error = project::module_name(Path::new("lib/___.mpl")).unwrap_err();
    assert!(error.0.contains("lib/___.mpl"), "{}", error.0);
}

#[test]
fn discovery_is_sorted_and_skips_hidden_files_and_migrations() {
    let tmp = project_with(&[
        ("main.mpl", ""),
        ("zeta.mpl", ""),
        ("alpha/beta.mpl", ""),
        ("alpha/a.mpl", ""),
        ("alpha.mpl", ""),
        ("notes.txt", ""),
        (".hidden.mpl", ""),
        (".git/x.mpl", ""),
        ("sub/.cache/y.mpl", ""),
        ("migrations/20260216120000_create.mpl", ""),
        ("sub/migrations/kept.mpl", ""),
    ]);
    let found: Vec<String> = project::discover(tmp.path())
        .unwrap()
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        found,
        [
            "alpha/a.mpl",
            "alpha/beta.mpl",
            "alpha.mpl",
            "main.mpl",
            "sub/migrations/kept.mpl",
            "zeta.mpl"
        ]
    );
}

#[test]
fn loaded_files_carry_the_directory_as_given() {
    let tmp = project_with(&[
        ("app/main.mpl", "fn main() do\nend\n"),
        ("app/lib/text_utils.mpl", "x"),
    ]);
    let files = project::load(&tmp.path().join("app")).unwrap();
    let shown: Vec<(&str, String)> = files
        .iter()
        .map(|f| {
            (
                f.module.as_str(),
                f.display_path
                    .replace(&tmp.path().display().to_string(), "<tmp>"),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("Lib.TextUtils", "<tmp>/app/lib/text_utils.mpl".to_string()),
            ("Main", "<tmp>/app/main.mpl".to_string())
        ]
    );
}

#[test]
fn output_paths() {
    assert_eq!(
        cli::default_output(Path::new("app")),
        PathBuf::from("app/app")
    );
    assert_eq!(
        cli::default_output(Path::new("app/")),
        PathBuf::from("app/app")
    );
    assert_eq!(
        cli::default_output(Path::new("x/mesher")),
        PathBuf::from("x/mesher/mesher")
    );
    let tmp = project_with(&[("proj/main.mpl", "")]);
    let inside = tmp.path().join("proj").join(".");
    assert_eq!(cli::program_name(&inside), "proj");
    assert_eq!(
        cli::llvm_ir_path(Path::new("mesher/mesher")),
        PathBuf::from("mesher/mesher.ll")
    );
}

// --------------------------------------------------------- runtime library

#[test]
fn runtime_library_search_order() {
    let tmp = project_with(&[
        ("target/debug/libmesh_rt.a", "!<arch>\n"),
        ("target/debug/deps/placeholder", ""),
        ("custom/rt.a", "!<arch>\n"),
    ]);
    let exe_in_debug = tmp.path().join("target/debug/meshc");
    let exe_in_deps = tmp.path().join("target/debug/deps/cli-1234");
    let beside = tmp.path().join("target/debug/libmesh_rt.a");
    assert_eq!(runtime_lib::find_from(None, &exe_in_debug).unwrap(), beside);
    assert_eq!(runtime_lib::find_from(None, &exe_in_deps).unwrap(), beside);
    let custom = tmp.path().join("custom/rt.a");
    assert_eq!(
        runtime_lib::find_from(Some(custom.clone()), &exe_in_debug).unwrap(),
        custom
    );

    let missing =
        runtime_lib::find_from(Some(tmp.path().join("nope.a")), &exe_in_debug).unwrap_err();
    assert!(
        missing.contains("MESH_RT_LIB") && missing.contains("nope.a"),
        "{missing}"
    );
    let elsewhere = tmp.path().join("custom/bin/meshc");
    let not_found = runtime_lib::find_from(None, &elsewhere).unwrap_err();
    assert!(
        not_found.contains("libmesh_rt.a") && not_found.contains("cargo build -p mesh-rt"),
        "{not_found}"
    );
}

// ------------------------------------------------------------- rendering

const APP: &str =
    "fn main() do\n  let greeting = \"hi\"\n  let n :: String = 5\n  println(n)\nend\n";

fn files() -> Vec<SourceFile> {
    vec![
        SourceFile {
            id: FileId(0),
            path: "app/main.mpl".into(),
            text: APP.into(),
        },
        SourceFile {
            id: FileId(1),
            path: "app/geometry.mpl".into(),
            text: "pub struct Point do\n  x :: Int\nend\n".into(),
        },
    ]
}

/// The span of the first occurrence of `needle` in `APP`.
fn span_of(needle: &str) -> Span {
    let start = APP.find(needle).expect("needle in APP");
    Span::new(FileId(0), start, start + needle.len())
}

fn type_mismatch() -> Diagnostic {
    Diagnostic::error("E0001", "expected `String`, found `Int`", span_of("5"))
        .with_primary_label("expected `String` from annotation")
        .with_label(span_of("String"), "annotation is here")
        .with_help("use to_string()")
}

fn parse_error() -> Diagnostic {
    let end = Span::new(FileId(0), APP.len(), APP.len());
    Diagnostic::syntax("expected `end` to close `do` block", end)
        .with_label(span_of("do"), "`do` block started here")
}

fn warning_with_notes() -> Diagnostic {
    Diagnostic::warning("W0001", "redundant match arm", span_of("println(n)"))
        .with_primary_label("this arm is never reached")
        .with_note("an earlier arm matches every value")
        .with_note("remove this arm")
}

fn across_files() -> Diagnostic {
    Diagnostic::error(
        "E0009",
        "unknown field `z` in struct `Geometry.Point`",
        span_of("greeting"),
    )
    .with_label(Span::new(FileId(1), 11, 16), "struct defined here")
}

fn out_of_range() -> Diagnostic {
    Diagnostic::error(
        "E0004",
        "undefined variable: x",
        Span::new(FileId(0), 9999, 5),
    )
}

fn unknown_file() -> Diagnostic {
    Diagnostic::error(
        "E0031",
        "module `Nope` not found",
        Span::new(FileId(7), 0, 4),
    )
    .with_help("check the file name")
}

fn human(diagnostic: &Diagnostic) -> String {
    render::render_human(diagnostic, &files(), false)
}

#[test]
fn human_type_mismatch() {
    insta::assert_snapshot!(human(&type_mismatch()));
}

#[test]
fn human_parse_error_with_secondary_label() {
    insta::assert_snapshot!(human(&parse_error()));
}

#[test]
fn human_warning_with_notes() {
    insta::assert_snapshot!(human(&warning_with_notes()));
}

#[test]
fn human_labels_in_two_files() {
    insta::assert_snapshot!(human(&across_files()));
}

#[test]
fn human_span_outside_the_file_is_clamped() {
    insta::assert_snapshot!(human(&out_of_range()));
}

#[test]
fn human_unknown_file_has_no_excerpt() {
    insta::assert_snapshot!(human(&unknown_file()));
}

#[test]
fn human_with_colour_uses_ansi_sequences() {
    let coloured = render::render_human(&parse_error(), &files(), true);
    assert!(coloured.contains('\u{1b}'), "{coloured}");
    let plain = human(&parse_error());
    assert!(!plain.contains('\u{1b}'), "{plain}");
}

#[test]
fn json_lines() {
    let diagnostics = [
        type_mismatch(),
        parse_error(),
        warning_with_notes(),
        across_files(),
        out_of_range(),
        unknown_file(),
    ];
    let lines: Vec<String> = diagnostics
        .iter()
        .map(|d| render::render_json(d, &files()))
        .collect();
    for line in &lines {
        let value: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
        let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 6, "{line}");
    }
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn failure_json_line() {
    insta::assert_snapshot!(render::render_failure_json(render::COMPILATION_FAILED));
}

#[test]
fn emitter_writes_diagnostics_then_the_failure_line() {
    let mut human = Emitter::new(Format::Human { color: false }, Vec::new());
    human.diagnostics(&[warning_with_notes(), type_mismatch()], &files());
    human.failure(render::COMPILATION_FAILED);
    let text = String::from_utf8(human.into_inner()).unwrap();
    let warning_at = text
        .find("[W0001] Warning: redundant match arm")
        .expect("warning");
    let error_at = text
        .find("[E0001] Error: expected `String`, found `Int`")
        .expect("error");
    assert!(warning_at < error_at);
    assert!(text.contains("app/main.mpl:3:21"), "{text}");
    assert!(
        text.ends_with("\nerror: Compilation failed due to errors above.\n"),
        "{text}"
    );

    let mut json = Emitter::new(Format::Json, Vec::new());
    json.diagnostics(&[type_mismatch()], &files());
    json.failure(render::COMPILATION_FAILED);
    let text = String::from_utf8(json.into_inner()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with(r#"{"code":"E0001","severity":"error","message":"expected `String`, found `Int`","file":"app/main.mpl","spans":[{"start":"#));
    assert!(lines[1].starts_with(r#"{"code":"C0001""#));
}
