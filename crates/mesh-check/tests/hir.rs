//! The typed HIR of one small program (Debug snapshot), and structural
//! invariants that the lowering relies on.

mod common;
use common::check_main;
use mesh_check::hir;

const PROGRAM: &str = r#"
fn double(x) = x * 2

fn pick(o) = case o do
  Some(v) -> v
  None -> 0
end

fn main() do
  let n = double(21)
  if n > 40 do
    println("big ${n}")
  end
  let (a, _) = (pick(Some(n)), "unused")
  println(to_string(a) |> String.trim())
end
"#;

#[test]
fn hir_of_a_small_program() {
    let c = check_main(PROGRAM);
    let program = c.output().program.as_ref().expect("program");
    let main_fns: Vec<&hir::Function> = program
        .functions
        .iter()
        .filter(|f| f.module == "Main")
        .collect();
    insta::assert_snapshot!(format!("{:#?}", main_fns));
}

#[test]
fn program_contains_prelude_types_externs_and_main() {
    let c = check_main(PROGRAM);
    let p = c.output().program.as_ref().expect("program");
    let name = |id: hir::TypeId| p.types[id.0 as usize].name.clone();
    assert_eq!(name(p.well_known.option), "Option");
    assert_eq!(name(p.well_known.result), "Result");
    assert_eq!(name(p.well_known.ordering), "Ordering");
    assert_eq!(name(p.well_known.list), "List");
    assert!(matches!(
        p.types[p.well_known.list.0 as usize].kind,
        hir::TypeDefKind::Builtin
    ));
    match &p.types[p.well_known.option.0 as usize].kind {
        hir::TypeDefKind::Sum { variants } => {
            let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
            assert_eq!(names, ["Some", "None"]);
        }
        other => panic!("Option is {:?}", other),
    }
    assert_eq!(p.functions[p.main.0 as usize].name, "main");
    assert!(p
        .externs
        .iter()
        .any(|e| e.symbol == "mesh_string_length" && e.module == "String"));
    assert!(p
        .externs
        .iter()
        .any(|e| e.symbol == "@to_string" && e.type_params.len() == 1));
    assert_eq!(p.files.len(), c.files.len());
    let double = p
        .functions
        .iter()
        .find(|f| f.name == "double")
        .expect("double");
    assert!(
        double.type_params.is_empty(),
        "defaulted to Int: {:?}",
        double.type_params
    );
    assert_eq!(double.ret, mesh_check::types::Type::Int);
}

#[test]
fn generic_functions_keep_their_type_parameters() {
    let c = check_main("fn id(x) = x\nfn rec(x, n) = if n == 0 do x else rec(x, n - 1) end\nfn main() do\n  println(id(\"a\"))\n  println(rec(\"b\", 2))\nend\n");
    let p = c.output().program.as_ref().expect("program");
    let rec = p.functions.iter().find(|f| f.name == "rec").expect("rec");
    assert_eq!(rec.type_params.len(), 1);
    // The recursive call instantiates the group's parameter with itself.
    let text = format!("{:?}", rec.body);
    assert!(text.contains("type_args: [Var(TyVar(0))]"), "{}", text);
}
