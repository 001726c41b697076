//! Nested functions and `let`-bound closures in the checker: a recursive
//! nested function reading enclosing locals becomes a function taking them
//! as leading parameters and is generalised at its definition; consecutive
//! nested clauses form one function; a closure whose type variables carry
//! predicates is generalised.

mod common;
use common::check_main;
use mesh_check::hir;
use mesh_check::types::Type;

#[test]
fn recursive_nested_functions_take_the_locals_they_read_first() {
    let c = check_main(
        "fn main() do\n  let k = \"k\"\n  let unused = 5\n  fn go(xs) = case xs do\n    _ :: t -> k <> go(t)\n    _ -> \"\"\n  end\n  println(go([1, 2]) <> go([true]) <> \"${unused}\")\nend\n",
    );
    assert!(c.diagnostics().is_empty(), "{:?}", c.diagnostics());
    let p = c.output().program.as_ref().expect("program");
    let go = p
        .functions
        .iter()
        .find(|f| f.module == "Main" && f.name == "go")
        .expect("lifted `go`");
    let param = |i: usize| &go.locals[go.params[i].0 as usize];
    assert_eq!((param(0).name.as_str(), &param(0).ty), ("k", &Type::String));
    assert_eq!(param(1).name, "xs");
    // Generalised at its definition: used at `List<Int>` and `List<Bool>`.
    assert_eq!(go.type_params.len(), 1);
    assert_eq!(go.ret, Type::String);
}

#[test]
fn consecutive_nested_clauses_form_one_function() {
    let c = check_main(
        "fn main() do\n  fn d(0) = \"zero\"\n  fn d(n) when n < 0 = \"negative\"\n  fn d(_) = \"other\"\n  println(d(1))\nend\n",
    );
    assert!(c.diagnostics().is_empty(), "{:?}", c.diagnostics());
}

#[test]
fn nested_clauses_of_another_arity_are_a_second_definition() {
    let c = check_main(
        "fn main() do\n  fn d(0) = \"zero\"\n  fn d(a, b) = \"two\"\n  println(d(1))\nend\n",
    );
    let found = c.diagnostics();
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("E0023 main.mpl:3:6 function `d/2` already defined")),
        "{found:?}"
    );
}

#[test]
fn let_bound_closures_with_predicates_are_generalised() {
    let c = check_main(
        "fn main() do\n  let show = fn x -> \"<${x}>\" end\n  let add = fn a, b -> a + b end\n  println(show(1) <> show(\"s\") <> show(add(1.5, 2.0)) <> show(add(1, 2)))\nend\n",
    );
    assert!(c.diagnostics().is_empty(), "{:?}", c.diagnostics());
    let p = c.output().program.as_ref().expect("program");
    let main = &p.functions[p.main.0 as usize];
    // Each use is a closure of its own, typed at that use.
    let mut lambdas = Vec::new();
    collect_lambda_types(&main.body, &mut lambdas);
    let shown: Vec<String> = lambdas.iter().map(|t| format!("{t:?}")).collect();
    assert!(
        shown.iter().any(|t| t.contains("Fun([Int], String)")),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(|t| t.contains("Fun([String], String)")),
        "{shown:?}"
    );
    assert!(
        shown
            .iter()
            .any(|t| t.contains("Fun([Float, Float], Float)")),
        "{shown:?}"
    );
}

fn collect_lambda_types(e: &hir::Expr, out: &mut Vec<Type>) {
    if let hir::ExprKind::Lambda { body, .. } = &e.kind {
        out.push(e.ty.clone());
        collect_lambda_types(body, out);
        return;
    }
    match &e.kind {
        hir::ExprKind::Call { args, .. } | hir::ExprKind::StringConcat(args) => {
            args.iter().for_each(|a| collect_lambda_types(a, out))
        }
        hir::ExprKind::CallValue { callee, args } => {
            collect_lambda_types(callee, out);
            args.iter().for_each(|a| collect_lambda_types(a, out));
        }
        hir::ExprKind::Binary { lhs, rhs, .. } => {
            collect_lambda_types(lhs, out);
            collect_lambda_types(rhs, out);
        }
        hir::ExprKind::Block { stmts, value } => {
            for s in stmts {
                match s {
                    hir::Stmt::Let { value, .. } | hir::Stmt::Expr(value) => {
                        collect_lambda_types(value, out)
                    }
                }
            }
            collect_lambda_types(value, out);
        }
        _ => {}
    }
}
