//! MIR of hand-written HIR programs: snapshots of `render`, and properties
//! of the lowering (monomorphisation, symbol names, tail calls, panics).

mod common;

use common::hir_builder::*;
use common::programs;
use mesh_check::hir::BinOp;
use mesh_check::types::{TyVar, Type};
use mesh_mir::mir::{Rvalue, Stmt, Terminator};

fn names(program: &mesh_mir::mir::Program) -> Vec<&str> {
    program.functions.iter().map(|f| f.name.as_str()).collect()
}

#[test]
fn arithmetic_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::arithmetic())));
}

#[test]
fn if_and_or_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::if_and_or())));
}

#[test]
fn case_literals_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(
        &programs::case_literals()
    )));
}

#[test]
fn case_option_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::case_option())));
}

#[test]
fn tail_loop_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::tail_loop())));
}

#[test]
fn interpolation_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(
        &programs::interpolation()
    )));
}

#[test]
fn polymorphic_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::polymorphic())));
}

#[test]
fn mutual_recursion_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(
        &programs::mutual_recursion()
    )));
}

#[test]
fn structural_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::structural())));
}

#[test]
fn generic_function_is_instantiated_once_per_type() {
    let program = mesh_mir::lower(&programs::polymorphic());
    let names = names(&program);
    assert!(names.contains(&"Main.id<Int>"), "{names:?}");
    assert!(names.contains(&"Main.id<String>"), "{names:?}");
    assert!(names.contains(&"Main.swap<Int, String>"), "{names:?}");
    assert_eq!(names.iter().filter(|n| n.starts_with("Main.id")).count(), 2);
}

#[test]
fn unreached_functions_are_not_emitted() {
    let mut h = Hir::new();
    let unused = h.declare("Main", "unused");
    let main = h.declare("Main", "main");
    h.define(unused, FnDef::new(), Type::Int, int(1));
    h.define(main, FnDef::new(), Type::Unit, unit());
    h.set_main(main);
    let program = mesh_mir::lower(&h.program);
    assert_eq!(names(&program), vec!["Main.main"]);
}

#[test]
fn private_functions_of_two_modules_get_distinct_symbols() {
    let mut h = Hir::new();
    let main_helper = h.declare("Main", "helper");
    let util_helper = h.declare("Util", "helper");
    let main = h.declare("Main", "main");
    h.define(main_helper, FnDef::new(), Type::Int, int(1));
    h.define(util_helper, FnDef::new(), Type::Int, int(2));
    let body = bin(
        BinOp::Add,
        call(main_helper, vec![], vec![], Type::Int),
        call(util_helper, vec![], vec![], Type::Int),
    );
    h.define(main, FnDef::new(), Type::Int, body);
    h.set_main(main);
    let program = mesh_mir::lower(&h.program);
    let names = names(&program);
    assert!(
        names.contains(&"Main.helper") && names.contains(&"Util.helper"),
        "{names:?}"
    );
}

#[test]
fn self_tail_calls_jump_to_the_entry_and_other_calls_stay_calls() {
    let program = mesh_mir::lower(&programs::tail_loop());
    for name in ["Main.count", "Main.count_case", "Main.swap_down"] {
        let f = program
            .functions
            .iter()
            .find(|f| f.name == name)
            .expect(name);
        let calls = f
            .blocks
            .iter()
            .flat_map(|b| &b.stmts)
            .filter(|s| matches!(s, Stmt::Assign(_, Rvalue::Call(..))));
        assert_eq!(calls.count(), 0, "{name} still calls itself");
        let loops = f
            .blocks
            .iter()
            .filter(|b| matches!(b.terminator, Terminator::Goto(t) if t.0 == 0));
        assert_eq!(loops.count(), 1, "{name} has no back edge");
    }
    let program = mesh_mir::lower(&programs::mutual_recursion());
    let f = program
        .functions
        .iter()
        .find(|f| f.name == "Main.is_even")
        .unwrap();
    let calls = f
        .blocks
        .iter()
        .flat_map(|b| &b.stmts)
        .filter(|s| matches!(s, Stmt::Assign(_, Rvalue::Call(..))));
    assert_eq!(calls.count(), 1, "the mutual call stays an ordinary call");
}

#[test]
fn unbounded_polymorphic_recursion_is_diagnosed_instead_of_looping() {
    // fn f<T>(x :: T, n :: Int) -> Int = if n == 0 do 0 else f((x, x), n - 1) end
    let mut h = Hir::new();
    let f = h.declare("Main", "f");
    let main = h.declare("Main", "main");
    let t = TyVar(1);
    let mut d = FnDef::generic(vec![t]);
    let x = d.param("x", Type::Var(t));
    let n = d.param("n", Type::Int);
    let pair = Type::Tuple(vec![Type::Var(t), Type::Var(t)]);
    let body = if_(
        bin(BinOp::Eq, n.clone(), int(0)),
        int(0),
        call(
            f,
            vec![pair],
            vec![tuple(vec![x.clone(), x]), bin(BinOp::Sub, n, int(1))],
            Type::Int,
        )
        .at(5),
    );
    h.define(f, d, Type::Int, body);
    h.define(
        main,
        FnDef::new(),
        Type::Int,
        call(f, vec![Type::Int], vec![int(1), int(0)], Type::Int),
    );
    h.set_main(main);
    let program = mesh_mir::lower(&h.program);
    assert!(program.has_errors());
    assert!(
        program.diagnostics[0]
            .message
            .contains("polymorphic recursion"),
        "{:?}",
        program.diagnostics
    );
    assert_eq!(program.diagnostics[0].primary.span, line(5));
}

#[test]
fn division_by_zero_panics_with_the_expression_line() {
    let program = mesh_mir::lower(&programs::division_by_zero());
    let div = program
        .functions
        .iter()
        .find(|f| f.name == "Main.div")
        .unwrap();
    let panics: Vec<_> = div
        .blocks
        .iter()
        .filter_map(|b| match &b.terminator {
            Terminator::Panic {
                message,
                file,
                line,
            } => Some((message.as_str(), file.as_str(), *line)),
            _ => None,
        })
        .collect();
    assert_eq!(panics, vec![("division by zero", "main.mpl", 3)]);
}

#[test]
fn unsupported_builtin_operations_are_diagnosed() {
    let mut h = Hir::new();
    let weird = h.add_extern("weird", "@weird", vec![], Type::Int);
    let main = h.declare("Main", "main");
    h.define(
        main,
        FnDef::new(),
        Type::Int,
        ext(weird, vec![], vec![], Type::Int).at(4),
    );
    h.set_main(main);
    let program = mesh_mir::lower(&h.program);
    assert!(program.has_errors());
    assert_eq!(program.diagnostics[0].code, "E0100");
    assert!(
        program.diagnostics[0]
            .message
            .contains("is not supported yet"),
        "{}",
        program.diagnostics[0].message
    );
    assert_eq!(program.diagnostics[0].primary.span, line(4));
}

#[test]
fn structs_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::structs())));
}

#[test]
fn closures_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::closures())));
}

#[test]
fn loops_and_list_patterns_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(
        &programs::loops_and_list_patterns()
    )));
}

#[test]
fn collections_with_type_info_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(
        &programs::collections_with_type_info()
    )));
}

#[test]
fn new_constructs_lower_without_diagnostics() {
    for program in [
        programs::structs(),
        programs::closures(),
        programs::loops_and_list_patterns(),
        programs::collections_with_type_info(),
    ] {
        let mir = mesh_mir::lower(&program);
        assert!(mir.diagnostics.is_empty(), "{:#?}", mir.diagnostics);
    }
}

#[test]
fn lambdas_are_lifted_with_the_closure_as_first_parameter_and_never_loop() {
    let program = mesh_mir::lower(&programs::closures());
    let names = names(&program);
    for name in [
        "Main.main$lambda1",
        "Main.main$lambda3$lambda1",
        "Main.adder<Int>$lambda1",
        "Main.adder<Bool>$lambda1",
        "Main.double$value",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    let inner = program
        .functions
        .iter()
        .find(|f| f.name == "Main.main$lambda3$lambda1")
        .unwrap();
    // (closure, m), and the two captures (greet, n) loaded from words 1 and 2.
    assert_eq!(inner.params.len(), 2);
    let loads: Vec<u32> = inner.blocks[0]
        .stmts
        .iter()
        .filter_map(|s| match s {
            Stmt::Assign(_, Rvalue::Load { field, .. }) => Some(*field),
            _ => None,
        })
        .collect();
    assert_eq!(loads, vec![1, 2]);
}

#[test]
fn closure_descriptors_mark_pointer_captures_after_the_code_word() {
    let program = mesh_mir::lower(&programs::closures());
    let closure_descs: Vec<_> = program
        .descs
        .iter()
        .filter(|d| d.kind == mesh_mir::mir::KIND_CLOSURE)
        .map(|d| (d.name.as_str(), d.n_fields, d.ptr_mask))
        .collect();
    // add_k captures k (an Int); mk captures greet (a String); the inner
    // lambda captures greet and n.
    assert!(
        closure_descs.contains(&("Main.main$lambda1", 2, 0)),
        "{closure_descs:?}"
    );
    assert!(
        closure_descs.contains(&("Main.main$lambda3", 2, 0b10)),
        "{closure_descs:?}"
    );
    assert!(
        closure_descs.contains(&("Main.main$lambda3$lambda1", 3, 0b10)),
        "{closure_descs:?}"
    );
    assert!(closure_descs.iter().all(|(_, _, mask)| mask & 1 == 0));
}

#[test]
fn stray_breaks_are_diagnosed() {
    let mut h = Hir::new();
    let main = h.declare("Main", "main");
    let body = block(
        vec![mesh_check::hir::Stmt::Expr(break_().at(6))],
        int(1).at(7),
    );
    h.define(main, FnDef::new(), Type::Int, body);
    h.set_main(main);
    let program = mesh_mir::lower(&h.program);
    let found: Vec<(&str, u32)> = program
        .diagnostics
        .iter()
        .map(|d| (d.code, d.primary.span.start + 1))
        .collect();
    assert_eq!(found, vec![("E0100", 6)], "{:#?}", program.diagnostics);
    assert!(program.diagnostics[0]
        .message
        .contains("`break` outside of a loop"));
}

#[test]
fn listed_type_parameters_pass_their_type_infos_after_the_arguments() {
    let mut h = Hir::new();
    let (k, v) = (TyVar(0), TyVar(1));
    let pick = h.add_generic_extern("pick", "mesh_pick", vec![k, v], vec![], Type::Int);
    h.program.externs[pick.0 as usize].type_info_params = vec![1];
    let main = h.declare("Main", "main");
    let body = ext(pick, vec![Type::Int, Type::String], vec![], Type::Int);
    h.define(main, FnDef::new(), Type::Int, body);
    h.set_main(main);
    let program = mesh_mir::lower(&h.program);
    assert!(program.diagnostics.is_empty(), "{:#?}", program.diagnostics);
    let text = mesh_mir::render(&program);
    assert!(
        text.contains("typeinfo ti0 = @mesh_typeinfo_string"),
        "{text}"
    );
    assert!(text.contains("call @mesh_pick(ti0)"), "{text}");
}

#[test]
fn trait_calls_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::trait_calls())));
}

#[test]
fn json_and_rows_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(&programs::json_and_rows())));
}

#[test]
fn user_impls_replace_helpers_snapshot() {
    insta::assert_snapshot!(mesh_mir::render(&mesh_mir::lower(
        &programs::user_impls_replace_helpers()
    )));
}
