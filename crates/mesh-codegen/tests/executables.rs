//! End to end: hand-written programs compiled to executables, linked with
//! the runtime (`cargo build -p mesh-rt`), run, and judged by their stdout,
//! stderr and exit status.

#[path = "../../mesh-mir/tests/common/mod.rs"]
mod common;
mod support;

use common::programs;
use mesh_check::hir::Program;
use mesh_codegen::{build_executable, Options};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::runtime_lib;

fn compile(program: &Program, opt_level: u8, dir: &Path) -> PathBuf {
    let exe = dir.join(format!("program-O{opt_level}"));
    let mir = mesh_mir::lower(program);
    build_executable(
        &mir,
        &Options {
            opt_level,
            target: None,
        },
        &exe,
        None,
        runtime_lib(),
    )
    .unwrap_or_else(|e| panic!("build failed: {e}"));
    exe
}

fn run(program: &Program, opt_level: u8) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let exe = compile(program, opt_level, dir.path());
    Command::new(&exe).output().expect("run the executable")
}

/// Runs at -O0 and -O2 and checks stdout and a zero exit status.
fn assert_prints(program: &Program, expected: &str) {
    for opt_level in [0, 2] {
        let output = run(program, opt_level);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stdout, expected, "-O{opt_level}, stderr: {stderr}");
        assert_eq!(
            output.status.code(),
            Some(0),
            "-O{opt_level}, stderr: {stderr}"
        );
    }
}

#[test]
fn arithmetic_wraps_and_truncates_toward_zero() {
    assert_prints(
        &programs::arithmetic(),
        "1\n-3 -1\n0.5 -2.5\n-9223372036854775808\n-9223372036854775808 0 -3 -1\n",
    );
}

#[test]
fn division_by_zero_panics_with_status_101() {
    for opt_level in [0, 2] {
        let output = run(&programs::division_by_zero(), opt_level);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(101),
            "-O{opt_level}, stderr: {stderr}"
        );
        assert_eq!(String::from_utf8_lossy(&output.stdout), "before\n");
        assert!(
            stderr.contains("Mesh panic at main.mpl:3: division by zero"),
            "-O{opt_level}: {stderr}"
        );
    }
}

#[test]
fn if_and_short_circuit_operators() {
    assert_prints(
        &programs::if_and_or(),
        "small\nbig or very negative\nother\nbig or very negative\ntrue false false\n",
    );
}

#[test]
fn case_on_literals_strings_and_tuples() {
    assert_prints(
        &programs::case_literals(),
        "zero one negative -4 many\n1 2 0\nt0 t7 f\n",
    );
}

#[test]
fn case_on_option_and_result_with_bindings() {
    assert_prints(
        &programs::case_option(),
        "5 100 7\nok 3\nerror: zero divisor\n",
    );
}

#[test]
fn ten_million_self_tail_calls_run_in_constant_stack() {
    assert_prints(
        &programs::tail_loop(),
        "50000005000000\n10000000\n9999998\n",
    );
}

#[test]
fn interpolation_of_every_displayable_type() {
    assert_prints(
        &programs::interpolation(),
        "x = 42, f = 2.5, b = true, unit = (), atom = ok, whole = 3\n\
         Some(1) None Ok(a) (1, two, 3.5) [1, 2, 3] [a, b] Some((1, [Some(2)])) []\n",
    );
}

#[test]
fn generic_functions_at_two_types() {
    assert_prints(&programs::polymorphic(), "1\ns\n(x, 1)\n");
}

#[test]
fn mutual_recursion() {
    assert_prints(&programs::mutual_recursion(), "true true false\n");
}

#[test]
fn structural_equality_and_ordering() {
    assert_prints(
        &programs::structural(),
        "true true true true\ntrue true true true true\ntrue false true\n",
    );
}

#[test]
fn llvm_ir_is_written_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("prog");
    let ll = dir.path().join("prog.ll");
    let mir = mesh_mir::lower(&programs::mutual_recursion());
    build_executable(
        &mir,
        &Options {
            opt_level: 2,
            target: None,
        },
        &exe,
        Some(&ll),
        runtime_lib(),
    )
    .unwrap();
    let ir = std::fs::read_to_string(&ll).unwrap();
    assert!(ir.contains("@mesh_main"), "{ir}");
    assert!(exe.is_file());
}

#[test]
fn link_failures_report_the_linker_output() {
    let dir = tempfile::tempdir().unwrap();
    let bogus = dir.path().join("libbogus.a");
    std::fs::write(&bogus, "not an archive").unwrap();
    let mir = mesh_mir::lower(&programs::mutual_recursion());
    let err = build_executable(
        &mir,
        &Options::default(),
        &dir.path().join("prog"),
        None,
        &bogus,
    )
    .unwrap_err();
    assert!(err.starts_with("linking failed"), "{err}");
    assert!(err.lines().count() > 1, "cc's stderr is missing: {err}");

    let missing = dir.path().join("missing.a");
    let err = build_executable(
        &mir,
        &Options::default(),
        &dir.path().join("prog"),
        None,
        &missing,
    )
    .unwrap_err();
    assert!(err.contains("runtime library not found"), "{err}");
}

#[test]
fn structs_compare_update_and_print() {
    assert_prints(
        &programs::structs(),
        "Point(1, 2) 5 false true true\nPoint { x: 1, y: 5 }\nTagged(hi, b) Tagged { item: hi, label: b } \"hi\" Some(1)\nTagged { item: [1, 2], label: l }\n",
    );
}

#[test]
fn closures_capture_and_function_values_call() {
    assert_prints(&programs::closures(), "15 8\nhi!!\nhey 3\n42\nx7ytrue\n");
}

#[test]
fn loops_comprehensions_and_list_patterns() {
    assert_prints(
        &programs::loops_and_list_patterns(),
        "[20, 40] [0, 1, 2, 4, 5] [5, 6, 7] []\nempty\none 7\nsmall first of [2, 9]\nbig 200 then [1]\nother\n[a1, b2]\n",
    );
}

#[test]
fn runtime_collections_use_generated_type_infos() {
    assert_prints(
        &programs::collections_with_type_info(),
        "%{Point(1, 2) => c, Point(3, 4) => b} 2\n[1c, 3b]\ntrue\n#{(1, a), (2, b)} [(1, a), (2, b)]\n",
    );
}

#[test]
fn trait_calls_use_user_impls_and_built_in_operations() {
    assert_prints(
        &programs::trait_calls(),
        "$400\n42\n$7 [$1]\nLess Greater true true\n",
    );
}

#[test]
fn json_encoding_decoding_and_rows() {
    assert_prints(
        &programs::json_and_rows(),
        concat!(
            "{\"x\":1,\"label\":\"a\\\"b\",\"score\":1.0,\"tags\":[\"t\"],\"note\":null}\n",
            "[{\"tag\":\"Circle\",\"fields\":[2.5]},{\"tag\":\"Dot\",\"fields\":[]}]\n",
            "{\"k\":0.30000000000000004}\n",
            "Ok(Point(2, q, 3, [u], None))\n",
            "Err(missing field: label) Err(expected Object) Err(expected Int) Err(expected String)\n",
            "Ok(Circle(1)) Err(unknown variant for Shape) Ok(Some([1, 2])) Ok(None)\n",
            "Ok(Rec(7, true, None)) Ok(Rec(3, false, Some(n))) Err(cannot parse 'x' as Int) Err(missing column: id)\n",
            "[1,2]\n",
        ),
    );
}

#[test]
fn user_impls_replace_the_structural_helpers() {
    assert_prints(
        &programs::user_impls_replace_helpers(),
        "<5> <<s>>\ntrue false true\ntrue\n",
    );
}
