//! LLVM IR of the hand-written HIR programs at `-O0` (snapshots), and the
//! properties of the emitted module: it verifies at every level, the
//! optimised module keeps the entry points, and bad inputs are errors.

#[path = "../../mesh-mir/tests/common/mod.rs"]
mod common;

use common::programs;
use mesh_check::hir::Program;
use mesh_codegen::{emit_llvm_ir, Options};

/// The IR at `-O0` without the host-specific `target` lines.
fn ir_at_o0(program: &Program) -> String {
    let mir = mesh_mir::lower(program);
    let ir = emit_llvm_ir(
        &mir,
        &Options {
            opt_level: 0,
            target: None,
        },
    )
    .expect("codegen");
    ir.lines()
        .filter(|l| !l.starts_with("target "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn arithmetic_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::arithmetic()));
}

#[test]
fn if_and_or_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::if_and_or()));
}

#[test]
fn case_literals_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::case_literals()));
}

#[test]
fn case_option_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::case_option()));
}

#[test]
fn tail_loop_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::tail_loop()));
}

#[test]
fn interpolation_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::interpolation()));
}

#[test]
fn polymorphic_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::polymorphic()));
}

#[test]
fn mutual_recursion_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::mutual_recursion()));
}

#[test]
fn closures_ir() {
    insta::assert_snapshot!(ir_at_o0(&programs::closures()));
}

#[test]
fn type_infos_are_static_constants_or_runtime_symbols() {
    let ir = ir_at_o0(&programs::collections_with_type_info());
    assert!(
        ir.contains("@mesh_typeinfo_string = external global %TypeInfo"),
        "{ir}"
    );
    let point_info = ir
        .lines()
        .find(|l| l.starts_with("@typeinfo.0 = "))
        .unwrap_or_else(|| panic!("no generated type info: {ir}"));
    assert!(point_info.contains("private constant %TypeInfo { i64 1, ptr @\"$eq<Main.Point>\", ptr @\"$cmp<Main.Point>\", ptr @\"$hash<Main.Point>\", ptr @\"$to_string<Main.Point>\""), "{point_info}");
    assert!(ir.contains("call i64 @mesh_map_new(i64 ptrtoint (ptr @typeinfo.0 to i64), i64 ptrtoint (ptr @mesh_typeinfo_string to i64))"), "{ir}");
}

#[test]
fn every_program_compiles_at_every_level() {
    let all = [
        programs::arithmetic(),
        programs::division_by_zero(),
        programs::if_and_or(),
        programs::case_literals(),
        programs::case_option(),
        programs::tail_loop(),
        programs::interpolation(),
        programs::polymorphic(),
        programs::mutual_recursion(),
        programs::structural(),
        programs::structs(),
        programs::closures(),
        programs::loops_and_list_patterns(),
        programs::collections_with_type_info(),
    ];
    for program in &all {
        let mir = mesh_mir::lower(program);
        for opt_level in 0..=3 {
            let ir = emit_llvm_ir(
                &mir,
                &Options {
                    opt_level,
                    target: None,
                },
            )
            .unwrap_or_else(|e| panic!("-O{opt_level}: {e}"));
            let defines = |name: &str| {
                ir.lines()
                    .any(|l| l.starts_with("define ") && l.contains(name))
            };
            assert!(defines(" @main(i32"), "-O{opt_level}: no C main");
            assert!(defines(" @mesh_main()"), "-O{opt_level}: no mesh_main");
        }
    }
}

#[test]
fn optimised_self_tail_call_loop_has_no_recursive_call() {
    let mir = mesh_mir::lower(&programs::tail_loop());
    let ir = emit_llvm_ir(
        &mir,
        &Options {
            opt_level: 2,
            target: None,
        },
    )
    .unwrap();
    assert!(!ir.contains("call i64 @Main.count("), "{ir}");
}

#[test]
fn explicit_target_triple_is_used() {
    let mir = mesh_mir::lower(&programs::mutual_recursion());
    let ir = emit_llvm_ir(
        &mir,
        &Options {
            opt_level: 0,
            target: Some("aarch64-unknown-linux-gnu".into()),
        },
    )
    .unwrap();
    assert!(
        ir.contains("target triple = \"aarch64-unknown-linux-gnu\""),
        "{ir}"
    );
}

#[test]
fn unknown_targets_and_programs_with_errors_are_errors() {
    let mir = mesh_mir::lower(&programs::mutual_recursion());
    let err = emit_llvm_ir(
        &mir,
        &Options {
            opt_level: 0,
            target: Some("no-such-arch-x".into()),
        },
    )
    .unwrap_err();
    assert!(err.contains("no-such-arch-x"), "{err}");

    let mut broken = mir.clone();
    broken.diagnostics.push(mesh_syntax::Diagnostic::error(
        "E0100",
        "x is not supported yet",
        Default::default(),
    ));
    assert!(emit_llvm_ir(&broken, &Options::default()).is_err());
}

#[test]
fn malformed_mir_is_an_error_not_a_crash() {
    use mesh_mir::mir::{Operand, Rvalue, Stmt, Terminator, VarId};
    let good = mesh_mir::lower(&programs::mutual_recursion());
    let index = good
        .functions
        .iter()
        .position(|f| f.name == "Main.is_even")
        .unwrap();

    let mut bad = good.clone();
    bad.functions[index].blocks[0].terminator = Terminator::Return(Operand::Var(VarId(99)));
    let err = emit_llvm_ir(&bad, &Options::default()).unwrap_err();
    assert!(
        err.contains("internal error") && err.contains("Main.is_even"),
        "{err}"
    );

    let mut bad = good.clone();
    bad.functions[index].blocks[0].stmts.push(Stmt::Assign(
        VarId(0),
        Rvalue::Call(bad.entry, vec![Operand::Int(1)]),
    ));
    let err = emit_llvm_ir(&bad, &Options::default()).unwrap_err();
    assert!(err.contains("arguments"), "{err}");

    let mut bad = good;
    bad.functions[index].blocks.clear();
    assert!(emit_llvm_ir(&bad, &Options::default()).is_err());
}
