//! The HIR shapes of this round's constructs: closures and their captures,
//! function values, `?`, struct literals, loops, map and range literals and
//! `Debug` interpolation (structural assertions on the typed HIR).

mod common;
use common::check_main;
use mesh_check::hir::{self, Callee, ExprKind, ForSource, PatternKind, Program, Stmt};
use mesh_check::types::Type;

fn program(src: &str) -> (common::Checked, Program) {
    let c = check_main(src);
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    let p = c.output().program.clone().expect("program");
    common::assert_hir_invariants(&p);
    (c, p)
}

fn function<'p>(p: &'p Program, name: &str) -> &'p hir::Function {
    p.functions
        .iter()
        .find(|f| f.module == "Main" && f.name == name)
        .expect("function")
}

/// Every expression of `e`, depth first.
fn walk<'e>(e: &'e hir::Expr, out: &mut Vec<&'e hir::Expr>) {
    out.push(e);
    match &e.kind {
        ExprKind::Call { args, .. } | ExprKind::Construct { args, .. } => args.iter().for_each(|a| walk(a, out)),
        ExprKind::CallValue { callee, args } => {
            walk(callee, out);
            args.iter().for_each(|a| walk(a, out));
        }
        ExprKind::Binary { lhs, rhs, .. } => {
            walk(lhs, out);
            walk(rhs, out);
        }
        ExprKind::Unary { operand, .. } | ExprKind::Return(operand) => walk(operand, out),
        ExprKind::StringConcat(es) | ExprKind::Tuple(es) | ExprKind::List(es) => es.iter().for_each(|a| walk(a, out)),
        ExprKind::Struct { fields, .. } => fields.iter().for_each(|a| walk(a, out)),
        ExprKind::Field { base, .. } => walk(base, out),
        ExprKind::UpdateStruct { base, fields } => {
            walk(base, out);
            fields.iter().for_each(|(_, a)| walk(a, out));
        }
        ExprKind::Block { stmts, value } => {
            for s in stmts {
                match s {
                    Stmt::Let { value, .. } | Stmt::Expr(value) => walk(value, out),
                }
            }
            walk(value, out);
        }
        ExprKind::If { cond, then_branch, else_branch } => {
            walk(cond, out);
            walk(then_branch, out);
            walk(else_branch, out);
        }
        ExprKind::Case { scrutinee, arms } => {
            walk(scrutinee, out);
            for a in arms {
                if let Some(g) = &a.guard {
                    walk(g, out);
                }
                walk(&a.body, out);
            }
        }
        ExprKind::Lambda { body, .. } => walk(body, out),
        ExprKind::While { cond, body } => {
            walk(cond, out);
            walk(body, out);
        }
        ExprKind::For { source, filter, body, .. } => {
            match source {
                ForSource::Range(s) | ForSource::List(s) | ForSource::Map(s) | ForSource::Set(s) => walk(s, out),
                ForSource::Pull { iterator, next, .. } => {
                    walk(iterator, out);
                    walk(next, out);
                }
            }
            if let Some(f) = filter {
                walk(f, out);
            }
            walk(body, out);
        }
        _ => {}
    }
}

fn exprs(f: &hir::Function) -> Vec<&hir::Expr> {
    let mut out = Vec::new();
    walk(&f.body, &mut out);
    out
}

fn local_name(f: &hir::Function, l: hir::LocalId) -> &str {
    &f.locals[l.0 as usize].name
}

#[test]
fn closures_capture_the_enclosing_locals_they_read() {
    let (_, p) = program(
        "fn main() do\n  let k = 3\n  let unused = 4\n  let f = fn x -> x + k end\n  let g = fn y -> f(y) + k end\n  println(\"${g(1)} ${unused}\")\nend\n",
    );
    let main = function(&p, "main");
    let lambdas: Vec<(Vec<&str>, Vec<&str>)> = exprs(main)
        .into_iter()
        .filter_map(|e| match &e.kind {
            ExprKind::Lambda { params, captures, .. } => Some((
                params.iter().map(|l| local_name(main, *l)).collect(),
                captures.iter().map(|l| local_name(main, *l)).collect(),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(lambdas, vec![(vec!["x"], vec!["k"]), (vec!["y"], vec!["f", "k"])]);
    let calls = exprs(main)
        .into_iter()
        .filter(|e| matches!(e.kind, ExprKind::CallValue { .. }))
        .count();
    assert_eq!(calls, 2);
}

#[test]
fn functions_and_constructors_as_values() {
    let (_, p) = program(
        "type Box do\n  Wrap(Int)\nend\nfn inc(x) = x + 1\nfn main() do\n  let a = List.map([1], inc)\n  let b = List.map([1], Wrap)\n  let c = List.map([1], fn x -> to_string(x) end)\n  println(\"${a} ${c}\")\nend\n",
    );
    let main = function(&p, "main");
    let all = exprs(main);
    assert!(all.iter().any(|e| matches!(e.kind, ExprKind::FnRef { .. })));
    let wrapped = all.iter().any(|e| match &e.kind {
        ExprKind::Lambda { body, captures, .. } => {
            captures.is_empty() && matches!(body.kind, ExprKind::Construct { ref args, .. } if args.len() == 1)
        }
        _ => false,
    });
    assert!(wrapped, "constructor wrapped in a lambda");
}

#[test]
fn try_becomes_a_case_returning_the_failure() {
    let (_, p) = program(
        "fn parse(s :: String) -> Int!String = Ok(1)\nfn twice(s) do\n  let n = parse(s)?\n  Ok(n * 2)\nend\nfn main() do\n  let r = twice(\"a\")\n  println(\"${r}\")\nend\n",
    );
    let f = function(&p, "twice");
    let case = exprs(f)
        .into_iter()
        .find_map(|e| match &e.kind {
            ExprKind::Case { arms, .. } => Some(arms),
            _ => None,
        })
        .expect("case");
    assert_eq!(case.len(), 2);
    assert!(matches!(case[0].pat.kind, PatternKind::Variant { variant: 0, .. }));
    assert!(matches!(case[0].body.kind, ExprKind::Local(_)));
    match &case[1].body.kind {
        ExprKind::Return(v) => {
            assert!(matches!(v.kind, ExprKind::Construct { variant: 1, .. }));
            assert_eq!(v.ty, f.ret);
        }
        k => panic!("failure arm {:?}", k),
    }
}

#[test]
fn struct_literal_keeps_source_evaluation_order() {
    let (_, p) = program(
        "struct P do\n  x :: Int\n  y :: String\nend\nfn main() do\n  let p = P { y: \"a\", x: 1 }\n  let q = P { x: 2, y: \"b\" }\n  println(\"${p.x} ${q.y}\")\nend\n",
    );
    let main = function(&p, "main");
    let all = exprs(main);
    // The reordered literal binds its initialisers first, in source order.
    let reordered = all.iter().find_map(|e| match &e.kind {
        ExprKind::Block { stmts, value } if matches!(value.kind, ExprKind::Struct { .. }) => Some(stmts),
        _ => None,
    });
    let stmts = reordered.expect("block of the reordered literal");
    let names: Vec<&str> = stmts
        .iter()
        .map(|s| match s {
            Stmt::Let { pat: hir::Pattern { kind: PatternKind::Bind(l), .. }, .. } => local_name(main, *l),
            _ => "?",
        })
        .collect();
    assert_eq!(names, vec!["_y", "_x"]);
    let direct = all
        .iter()
        .filter(|e| matches!(&e.kind, ExprKind::Struct { fields, .. } if matches!(fields[0].kind, ExprKind::Int(2))))
        .count();
    assert_eq!(direct, 1);
    let indices: Vec<u32> = all
        .iter()
        .filter_map(|e| match e.kind {
            ExprKind::Field { index, .. } => Some(index),
            _ => None,
        })
        .collect();
    assert_eq!(indices, vec![0, 1]);
}

#[test]
fn for_over_a_map_with_one_name_binds_the_key() {
    let (_, p) = program(
        "fn main() do\n  let m = %{\"a\" => 1}\n  let ks = for k in m do\n    k\n  end\n  let vs = for {k, v} in m when v > 0 do\n    v\n  end\n  let rs = for i in 0..3 do\n    i\n  end\n  println(\"${ks} ${vs} ${rs}\")\nend\n",
    );
    let main = function(&p, "main");
    let fors: Vec<(&hir::Pattern, &ForSource, &Type)> = exprs(main)
        .into_iter()
        .filter_map(|e| match &e.kind {
            ExprKind::For { pat, source, .. } => Some((pat, source, &e.ty)),
            _ => None,
        })
        .collect();
    assert_eq!(fors.len(), 3);
    match &fors[0].0.kind {
        PatternKind::Tuple(ps) => {
            assert!(matches!(ps[0].kind, PatternKind::Bind(_)));
            assert!(matches!(ps[1].kind, PatternKind::Wildcard));
        }
        k => panic!("{:?}", k),
    }
    assert!(matches!(fors[0].1, ForSource::Map(_)));
    assert!(matches!(fors[2].1, ForSource::Range(_)));
    assert_eq!(*fors[2].2, Type::Named(p.well_known.list, vec![Type::Int]));
}

#[test]
fn for_over_an_iter_pulls_with_iter_next() {
    let (_, p) = program(
        "fn main() do\n  let xs = for x in Iter.from([1, 2]) do\n    x + 1\n  end\n  println(\"${xs}\")\nend\n",
    );
    let main = function(&p, "main");
    let fors: Vec<(&hir::Pattern, &ForSource)> = exprs(main)
        .into_iter()
        .filter_map(|e| match &e.kind {
            ExprKind::For { pat, source, .. } => Some((pat, source)),
            _ => None,
        })
        .collect();
    assert_eq!(fors.len(), 1);
    assert_eq!(fors[0].0.ty, Type::Int);
    let ForSource::Pull { iterator, local, next } = fors[0].1 else {
        panic!("{:?}", fors[0].1)
    };
    assert_eq!(main.locals[local.0 as usize].ty, iterator.ty);
    assert_eq!(next.ty, Type::Named(p.well_known.option, vec![Type::Int]));
    let ExprKind::Call { callee: Callee::Extern(id), args, .. } = &next.kind else {
        panic!("{:?}", next.kind)
    };
    assert_eq!(p.externs[id.0 as usize].symbol, "mesh_iter_next");
    assert!(matches!(args[0].kind, ExprKind::Local(l) if l == *local));
}

#[test]
fn map_literal_is_built_with_new_and_put() {
    let (_, p) = program("fn main() do\n  let m = %{\"a\" => 1, \"b\" => 2}\n  println(\"${m}\")\nend\n");
    let main = function(&p, "main");
    let called: Vec<String> = exprs(main)
        .into_iter()
        .filter_map(|e| match &e.kind {
            ExprKind::Call { callee: Callee::Extern(id), .. } => {
                let x = &p.externs[id.0 as usize];
                Some(format!("{}.{}", x.module, x.name))
            }
            _ => None,
        })
        .collect();
    assert_eq!(called[..3], ["Map.put", "Map.put", "Map.new"]);
}

#[test]
fn interpolation_uses_inspect_without_display() {
    let (_, p) = program(
        "struct P do\n  x :: Int\nend\nstruct Q do\n  x :: Int\nend deriving(Display)\nfn main() do\n  println(\"${P { x: 1 }} ${Q { x: 2 }}\")\nend\n",
    );
    let main = function(&p, "main");
    let symbols: Vec<&str> = exprs(main)
        .into_iter()
        .filter_map(|e| match &e.kind {
            ExprKind::Call { callee: Callee::Extern(id), .. } => Some(p.externs[id.0 as usize].symbol.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(symbols, vec!["mesh_println", "@inspect", "@to_string"]);
}

#[test]
fn type_defs_record_their_derived_interfaces() {
    let (_, p) = program(
        "struct P do\n  x :: Int\nend\nstruct F do\n  f :: Fun(Int) -> Int\nend\ntype S do\n  A(Int)\n  B\nend deriving(Eq, Display)\nfn main() do\n  println(\"${P { x: 1 }} ${A(1)}\")\nend\n",
    );
    let derives = |name: &str| {
        p.types
            .iter()
            .find(|t| t.module == "Main" && t.name == name)
            .expect("type")
            .derives
            .clone()
    };
    assert_eq!(derives("P"), vec!["Eq", "Ord", "Debug", "Hash"]);
    assert_eq!(derives("F"), Vec::<String>::new());
    assert_eq!(derives("S"), vec!["Eq", "Display"]);
    assert!(p.impls.is_empty());
}
