//! User interfaces in inference: `where` bounds and inferred bounds appear
//! in signatures, and a method on a type variable is a `TraitCall` naming
//! the interface by its qualified name; impls for generic types carry the
//! type's parameters.

mod common;
use common::check_main;
use mesh_check::hir::{self, ExprKind};
use mesh_check::types::Type;

const PROGRAM: &str = "interface Describe do
  fn describe(self) -> String
end

struct Box<T> do
  item :: T
end

impl Describe for Int do
  fn describe(self) -> String do
    \"int\"
  end
end

impl Describe for Box where T: Describe do
  fn describe(self) -> String do
    self.item.describe()
  end
end

fn declared<T>(x :: T) -> String where T: Describe do
  x.describe()
end

fn inferred(x) = x.describe()

fn main() do
  println(declared(Box { item: 1 }) <> inferred(2))
end
";

fn trait_calls(e: &hir::Expr, out: &mut Vec<(String, String)>) {
    if let ExprKind::TraitCall {
        interface, method, ..
    } = &e.kind
    {
        out.push((interface.clone(), method.clone()));
    }
    match &e.kind {
        ExprKind::TraitCall { args, .. } | ExprKind::Call { args, .. } => {
            args.iter().for_each(|a| trait_calls(a, out))
        }
        ExprKind::Block { stmts, value } => {
            for s in stmts {
                let (hir::Stmt::Expr(x) | hir::Stmt::Let { value: x, .. }) = s;
                trait_calls(x, out);
            }
            trait_calls(value, out);
        }
        _ => {}
    }
}

#[test]
fn bounds_are_part_of_the_signatures() {
    let c = check_main(PROGRAM);
    assert!(c.diagnostics().is_empty(), "{:?}", c.diagnostics());
    let sigs = c.signatures();
    assert!(
        sigs.contains("Main.declared :: (a) -> String where a: Describe"),
        "{sigs}"
    );
    assert!(
        sigs.contains("Main.inferred :: (a) -> String where a: Describe"),
        "{sigs}"
    );
}

#[test]
fn methods_on_type_variables_are_trait_calls() {
    let c = check_main(PROGRAM);
    let p = c.output().program.as_ref().expect("program");
    for name in ["declared", "inferred"] {
        let f = p
            .functions
            .iter()
            .find(|f| f.module == "Main" && f.name == name)
            .expect(name);
        let mut calls = Vec::new();
        trait_calls(&f.body, &mut calls);
        assert_eq!(
            calls,
            [("Main.Describe".to_string(), "describe".to_string())],
            "{name}"
        );
    }
}

#[test]
fn impls_for_generic_types_carry_the_type_parameters() {
    let c = check_main(PROGRAM);
    let p = c.output().program.as_ref().expect("program");
    let boxed = p
        .impls
        .iter()
        .find(|i| matches!(&i.for_type, Type::Named(_, args) if args.len() == 1))
        .expect("impl for Box");
    assert_eq!(boxed.interface, "Main.Describe");
    assert_eq!(boxed.type_params.len(), 1);
    let own_param = vec![Type::Var(boxed.type_params[0])];
    assert!(matches!(&boxed.for_type, Type::Named(_, args) if *args == own_param));
    let (_, method) = &boxed.methods[0];
    let f = &p.functions[method.0 as usize];
    assert_eq!(
        f.type_params.len(),
        1,
        "the method's first type parameter is the impl's"
    );
}
