//! Interfaces and impls (language.md §3.7): impl methods become ordinary
//! functions recorded in `Program::impls`, method and static calls on
//! concrete types are direct calls of them, default methods, and the
//! validation diagnostics.

mod common;
use common::check_main;
use mesh_check::hir::{Callee, Expr, ExprKind, Program, Stmt};
use mesh_check::types::Type;

fn program(src: &str) -> Program {
    let c = check_main(src);
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    let p = c.output().program.clone().expect("program");
    common::assert_hir_invariants(&p);
    p
}

fn diagnostics(src: &str) -> Vec<String> {
    check_main(src).diagnostics()
}

/// The functions called directly (by name) anywhere under `e`.
fn called(p: &Program, e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Call { callee, args, .. } => {
            if let Callee::Fn(id) = callee {
                out.push(p.functions[id.0 as usize].name.clone());
            }
            args.iter().for_each(|a| called(p, a, out));
        }
        ExprKind::StringConcat(es) => es.iter().for_each(|a| called(p, a, out)),
        ExprKind::Binary { lhs, rhs, .. } => {
            called(p, lhs, out);
            called(p, rhs, out);
        }
        ExprKind::Unary { operand, .. } => called(p, operand, out),
        ExprKind::Block { stmts, value } => {
            for s in stmts {
                match s {
                    Stmt::Let { value, .. } | Stmt::Expr(value) => called(p, value, out),
                }
            }
            called(p, value, out);
        }
        _ => {}
    }
}

const SHAPES: &str = "interface Shape do
  fn area(self) -> Int
  fn name(self) -> String
  fn unit() -> Self
end
struct Square do
  side :: Int
end
type Circle do
  Circle(Int)
end
impl Shape for Square do
  fn area(self) -> Int do
    self.side * self.side
  end
  fn name(self) -> String = \"square\"
  fn unit() -> Square = Square { side: 1 }
end
impl Shape for Circle do
  fn area(self) do
    case self do
      Circle(r) -> 3 * r * r
    end
  end
  fn name(self) = \"circle\"
  fn unit() = Circle(1)
end
fn describe(s :: Square) -> String = \"${s.name()} ${s.area()}\"
fn main() do
  println(describe(Square { side: 4 }))
  println(\"${Circle(2).area()} ${Square.unit().area()}\")
end
";

#[test]
fn impl_methods_are_functions_recorded_in_program_impls() {
    let p = program(SHAPES);
    assert_eq!(p.impls.len(), 2);
    let square = &p.impls[0];
    assert_eq!(square.interface, "Main.Shape");
    let Type::Named(id, args) = &square.for_type else { panic!("for_type {:?}", square.for_type) };
    assert_eq!((p.types[id.0 as usize].name.as_str(), args.len()), ("Square", 0));
    let names: Vec<&str> = square.methods.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, vec!["area", "name", "unit"]);
    for (name, f) in &square.methods {
        assert_eq!(&p.functions[f.0 as usize].name, name);
    }
    let area = &p.functions[square.methods[0].1 .0 as usize];
    assert_eq!(area.ret, Type::Int);
    assert_eq!(area.params.len(), 1);
}

#[test]
fn method_and_static_calls_on_concrete_types_call_the_impl() {
    let p = program(SHAPES);
    let find = |name: &str| {
        p.functions
            .iter()
            .find(|f| f.module == "Main" && f.name == name)
            .expect("function")
    };
    let mut out = Vec::new();
    called(&p, &find("describe").body, &mut out);
    assert_eq!(out, vec!["name", "area"]);
    let mut out = Vec::new();
    called(&p, &find("main").body, &mut out);
    assert_eq!(out, vec!["describe", "area", "area", "unit"]);
}

#[test]
fn default_methods_apply_to_each_impl_that_omits_them() {
    let p = program(
        "interface Priced do
  fn price(self) -> Int
  fn describe(self) -> String do
    \"costs \" <> String.from(self.price())
  end
  fn cheaper(self, other :: Self) -> Bool do
    self.price() < other.price()
  end
end
struct Ticket do
  cents :: Int
end
impl Priced for Ticket do
  fn price(self) -> Int do
    self.cents
  end
end
impl Priced for Int do
  fn price(self) -> Int = self * 100
  fn describe(self) -> String = \"int ${self}\"
end
fn main() do
  let t = Ticket { cents: 250 }
  println(t.describe())
  println(5.describe())
  println(\"${t.cheaper(Ticket { cents: 300 })} ${3.cheaper(2)}\")
end
",
    );
    assert_eq!(p.impls.len(), 2);
    let methods = |i: usize| -> Vec<&str> { p.impls[i].methods.iter().map(|(n, _)| n.as_str()).collect() };
    assert_eq!(methods(0), vec!["price", "describe", "cheaper"]);
    assert_eq!(methods(1), vec!["price", "describe", "cheaper"]);
    assert_eq!(p.impls[1].for_type, Type::Int);
    // Each impl has its own copy of the default, typed for its `self`.
    let cheaper = |i: usize| &p.functions[p.impls[i].methods[2].1 .0 as usize];
    assert_ne!(p.impls[0].methods[2].1, p.impls[1].methods[2].1);
    assert_eq!(cheaper(1).ret, Type::Bool);
    assert!(matches!(cheaper(0).locals[0].ty, Type::Named(..)));
    assert_eq!(cheaper(1).locals[0].ty, Type::Int);
}

#[test]
fn e0007_missing_method() {
    assert_eq!(
        diagnostics(
            "interface Shape do\n  fn area(self) -> Int\nend\nstruct Sq do\n  s :: Int\nend\nimpl Shape for Sq do\nend\nfn main() = println(\"x\")\n"
        ),
        vec!["E0007 main.mpl:7:1 impl `Shape` for `Sq` is missing method `area`"]
    );
}

#[test]
fn e0008_wrong_signature() {
    assert_eq!(
        diagnostics(
            "interface Shape do\n  fn area(self) -> Int\nend\nstruct Sq do\n  s :: Int\nend\nimpl Shape for Sq do\n  fn area(self) -> String = \"big\"\nend\nfn main() = println(\"x\")\n"
        ),
        vec!["E0008 main.mpl:8:3 method `area` in impl `Shape` has wrong signature"]
    );
}

#[test]
fn e0026_duplicate_impl() {
    assert_eq!(
        diagnostics(
            "interface Shape do\n  fn area(self) -> Int\nend\nstruct Sq do\n  s :: Int\nend\nimpl Shape for Sq do\n  fn area(self) = 1\nend\nimpl Shape for Sq do\n  fn area(self) = 2\nend\nfn main() = println(\"x\")\n"
        ),
        vec!["E0026 main.mpl:10:1 duplicate impl: `Shape` is already implemented for `Sq`"]
    );
}

#[test]
fn e0027_ambiguous_method() {
    assert_eq!(
        diagnostics(
            "interface A do\n  fn go(self) -> Int\nend\ninterface B do\n  fn go(self) -> Int\nend\nstruct Sq do\n  s :: Int\nend\nimpl A for Sq do\n  fn go(self) = 1\nend\nimpl B for Sq do\n  fn go(self) = 2\nend\nfn main() do\n  let s = Sq { s: 1 }\n  println(\"${s.go()}\")\nend\n"
        ),
        vec!["E0027 main.mpl:18:16 ambiguous method `go` for type `Sq`"]
    );
}

#[test]
fn e0030_no_method() {
    assert_eq!(
        diagnostics(
            "struct Sq do\n  s :: Int\nend\nfn main() do\n  let s = Sq { s: 1 }\n  println(\"${s.area()}\")\nend\n"
        ),
        vec!["E0030 main.mpl:6:16 no method `area` on type `Sq`"]
    );
}

#[test]
fn pub_interfaces_are_visible_from_other_modules() {
    let c = common::check_project(&[
        (
            "main.mpl",
            "Main",
            "struct Sq do\n  s :: Int\nend\nimpl Area for Sq do\n  fn area(self) = self.s * self.s\nend\nfn main() = println(\"${Sq { s: 3 }.area()}\")\n",
        ),
        ("shapes.mpl", "Shapes", "pub interface Area do\n  fn area(self) -> Int\nend\n"),
    ]);
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    let p = c.output().program.as_ref().expect("program");
    assert_eq!(p.impls[0].interface, "Shapes.Area");
}

const CONTAINER: &str = "interface Container do
  type Item
  fn first(self) -> Self.Item
end
struct Names do
  all :: List<String>
end
";

#[test]
fn associated_types_resolve_in_the_impl() {
    let p = program(&format!(
        "{}impl Container for Names do\n  type Item = String\n  fn first(self) -> Self.Item = List.head(self.all)\nend\nfn main() do\n  let n = Names {{ all: [\"a\"] }}\n  println(n.first() <> \"!\")\nend\n",
        CONTAINER
    ));
    assert_eq!(p.impls[0].assoc_types, vec![("Item".to_string(), Type::String)]);
    let first = &p.functions[p.impls[0].methods[0].1 .0 as usize];
    assert_eq!(first.ret, Type::String);
}

#[test]
fn e0040_missing_associated_type() {
    assert_eq!(
        diagnostics(&format!(
            "{}impl Container for Names do\n  fn first(self) = \"a\"\nend\nfn main() = println(\"x\")\n",
            CONTAINER
        )),
        vec!["E0040 main.mpl:8:1 impl `Container` for `Names` is missing associated type `Item`"]
    );
}

#[test]
fn e0041_undeclared_associated_type() {
    assert_eq!(
        diagnostics(&format!(
            "{}impl Container for Names do\n  type Item = String\n  type Key = Int\n  fn first(self) = \"a\"\nend\nfn main() = println(\"x\")\n",
            CONTAINER
        )),
        vec!["E0041 main.mpl:10:8 impl `Container` for `Names` provides associated type `Key` which is not declared by the trait"]
    );
}

#[test]
fn e0042_self_associated_type_outside_an_impl() {
    assert_eq!(
        diagnostics("fn f(x :: Self.Item) = x\nfn main() = println(\"x\")\n"),
        vec!["E0042 main.mpl:1:11 cannot resolve associated type `Item`"]
    );
}

#[test]
fn user_operator_impls_become_direct_calls_with_the_output_type() {
    let p = program(
        "struct V do\n  x :: Int\nend\nimpl Add for V do\n  type Output = V\n  fn add(self, o :: V) -> V = V { x: self.x + o.x }\nend\nimpl Mul for V do\n  type Output = Int\n  fn mul(self, o :: V) -> Int = self.x * o.x\nend\nimpl Ord for V do\n  fn lt(self, o :: V) -> Bool = self.x < o.x\nend\nfn main() do\n  let a = V { x: 1 }\n  let s = a + a\n  let d = a * a + 1\n  println(\"${s.x} ${d} ${a > s} ${a.compare(s)}\")\nend\n",
    );
    assert_eq!(p.impls.iter().map(|i| i.interface.as_str()).collect::<Vec<_>>(), vec!["Add", "Mul", "Ord"]);
    assert_eq!(p.impls[1].assoc_types, vec![("Output".to_string(), Type::Int)]);
    let main = p.functions.iter().find(|f| f.module == "Main" && f.name == "main").expect("main");
    let mut out = Vec::new();
    called(&p, &main.body, &mut out);
    assert_eq!(out, vec!["add", "mul", "lt", "compare"]);
}

#[test]
fn try_converts_the_error_through_a_from_impl() {
    let p = program(
        "struct AppError do\n  reason :: String\nend\nimpl From<String> for AppError do\n  fn from(t :: String) -> AppError = AppError { reason: t }\nend\nfn parse(s :: String) -> Result<Int, String> = Err(s)\nfn run(s :: String) -> Result<Int, AppError> do\n  let n = parse(s)?\n  Ok(n)\nend\nfn main() do\n  case run(\"x\") do\n    Ok(n) -> println(\"${n}\")\n    Err(e) -> println(e.reason)\n  end\nend\n",
    );
    assert_eq!(p.impls[0].interface, "From");
    assert_eq!(p.impls[0].interface_args, vec![Type::String]);
    let from = p.impls[0].methods[0].1;
    let run = p.functions.iter().find(|f| f.name == "run").expect("run");
    let text = format!("{:?}", run.body);
    assert!(text.contains(&format!("callee: Fn(FnId({}))", from.0)), "{}", text);
}

#[test]
fn e0030_to_string_without_display_suggests_deriving() {
    let c = check_main("struct P do\n  x :: Int\nend\nfn main() do\n  let p = P { x: 1 }\n  println(p.to_string())\nend\n");
    assert_eq!(c.diagnostics(), vec!["E0030 main.mpl:6:13 no method `to_string` on type `P`"]);
    assert_eq!(c.single().help.as_deref(), Some("add `deriving(Display)` to `P`"));
}

#[test]
fn e0038_field_not_json_serializable() {
    assert_eq!(
        diagnostics("struct I do\n  t :: String\n  m :: Map<Int, String>\nend deriving(Json)\nfn main() = println(\"x\")\n"),
        vec!["E0038 main.mpl:3:3 field `m` of type `Map<Int, String>` is not JSON-serializable"]
    );
}

#[test]
fn json_deriving_types_encode_and_decode() {
    let p = program(
        "struct P do\n  x :: Int\nend deriving(Json)\nfn main() do\n  let p = P { x: 1 }\n  println(Json.encode(p))\n  let j = p.to_json()\n  case P.from_json(\"{}\") do\n    Ok(q) -> println(\"${q.x} ${Json.encode(j)}\")\n    Err(e) -> println(e)\n  end\nend\n",
    );
    let symbols: Vec<&str> = p.externs.iter().map(|e| e.symbol.as_str()).collect();
    assert!(symbols.contains(&"@to_json") && symbols.contains(&"@from_json"));
    let t = p.types.iter().find(|t| t.name == "P").expect("P");
    assert_eq!(t.derives, vec!["Json"]);
}

#[test]
fn e0030_from_json_without_deriving_json() {
    let c = check_main("struct P do\n  x :: Int\nend\nfn main() do\n  case P.from_json(\"{}\") do\n    Ok(q) -> println(\"${q.x}\")\n    Err(e) -> println(e)\n  end\nend\n");
    assert_eq!(c.diagnostics()[0], "E0030 main.mpl:5:10 no method `from_json` on type `P`");
}

#[test]
fn e0039_field_not_row_mappable() {
    assert_eq!(
        diagnostics("struct U do\n  id :: Int\n  tags :: List<String>\nend deriving(Row)\nfn main() = println(\"x\")\n"),
        vec!["E0039 main.mpl:3:3 field `tags` has type `List<String>` which cannot be mapped from a database row (only Int, Float, Bool, String, and Option<T> are supported)"]
    );
}

#[test]
fn row_deriving_types_decode_rows() {
    let p = program(
        "struct U do\n  id :: Int\n  name :: Option<String>\nend deriving(Row)\nfn main() do\n  case U.from_row(%{\"id\" => \"1\"}) do\n    Ok(u) -> println(\"${u.id}\")\n    Err(e) -> println(e)\n  end\nend\n",
    );
    assert!(p.externs.iter().any(|e| e.symbol == "@from_row"));
    assert_eq!(p.types.iter().find(|t| t.name == "U").expect("U").derives, vec!["Row"]);
}

/// Whether `main`'s body calls the runtime binding with `symbol` directly.
fn main_calls_extern(p: &Program, symbol: &str) -> bool {
    let Some(index) = p.externs.iter().position(|e| e.symbol == symbol) else {
        return false;
    };
    let main = p.functions.iter().find(|f| f.name == "main").expect("main");
    format!("{:?}", main.body).contains(&format!("Extern(ExternId({index}))"))
}

#[test]
fn hash_method_on_hashable_types_calls_the_prelude_hash() {
    let p = program(
        "struct K do\n  id :: Int\nend\ntype C do\n  A\n  B(Int)\nend deriving(Eq, Hash)\nfn main() do\n  let k :: Int = K { id: 1 }.hash()\n  let n = B(2).hash() + 1.5.hash() + \"s\".hash() + true.hash() + (1, \"a\").hash() + [Some(1)].hash()\n  println(\"${k + n + hash(3)}\")\nend\n",
    );
    let hash = p.externs.iter().find(|e| e.symbol == "@hash").expect("@hash extern");
    assert_eq!((hash.module.as_str(), hash.name.as_str(), &hash.ret), ("Prelude", "hash", &Type::Int));
    assert!(main_calls_extern(&p, "@hash"));
}

#[test]
fn a_user_hash_impl_takes_precedence_over_the_derived_hash() {
    let p = program(
        "struct K do\n  id :: Int\nend\nimpl Hash for K do\n  fn hash(self) -> Int = self.id\nend\nfn main() do\n  let k = K { id: 1 }\n  println(\"${k.hash() + hash(k)}\")\nend\n",
    );
    let mut out = Vec::new();
    let main = p.functions.iter().find(|f| f.name == "main").expect("main");
    called(&p, &main.body, &mut out);
    assert_eq!(out.iter().filter(|n| n.ends_with("hash")).count(), 2, "{out:?}");
    assert!(!main_calls_extern(&p, "@hash"));
}

#[test]
fn e0030_hash_on_a_sum_type_without_hash() {
    let c = check_main("type C do\n  A\nend\nfn main() do\n  let c = A\n  println(\"${c.hash()}\")\nend\n");
    assert_eq!(c.diagnostics(), vec!["E0030 main.mpl:6:16 no method `hash` on type `C`"]);
}

#[test]
fn schema_deriving_structs_get_metadata_functions() {
    let p = program(
        "struct Device do\n  table \"devices\"\n  id :: String\n  count :: Int\n  timestamps true\n  belongs_to :site, Site\nend deriving(Schema)\nfn main() do\n  println(Device.__table__() <> Device.__count_col__())\n  println(\"${Device.__field_types__()} ${Device.__relationship_meta__()}\")\nend\n",
    );
    let function = |name: &str| p.functions.iter().find(|f| f.name == name).expect(name);
    let list_of_strings = |ty: &Type| matches!(ty, Type::Named(_, args) if args == &vec![Type::String]);
    let table = function("Device.__table__");
    assert!(table.params.is_empty() && table.ret == Type::String);
    assert!(matches!(&table.body.kind, ExprKind::Str(s) if s == "devices"));
    let types = function("Device.__field_types__");
    assert!(list_of_strings(&types.ret));
    let ExprKind::List(items) = &types.body.kind else {
        panic!("__field_types__ is a list literal: {:?}", types.body.kind)
    };
    let texts: Vec<&str> = items
        .iter()
        .filter_map(|e| match &e.kind {
            ExprKind::Str(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(texts, ["id:TEXT", "count:BIGINT", "inserted_at:TEXT", "updated_at:TEXT"]);
    for name in ["__primary_key__", "__fields__", "__relationships__", "__relationship_meta__", "__id_col__"] {
        function(&format!("Device.{name}"));
    }
    assert!(p.types.iter().find(|t| t.name == "Device").expect("Device").derives.contains(&"Schema".to_string()));
    let mut out = Vec::new();
    let main = p.functions.iter().find(|f| f.name == "main").expect("main");
    called(&p, &main.body, &mut out);
    assert!(out.contains(&"Device.__table__".to_string()) && out.contains(&"Device.__count_col__".to_string()), "{out:?}");
}

#[test]
fn e0030_schema_function_without_deriving_schema_or_for_an_unknown_field() {
    assert_eq!(
        diagnostics("struct P do\n  x :: Int\nend\nfn main() = println(P.__table__())\n"),
        vec!["E0030 main.mpl:4:23 no method `__table__` on type `P`"]
    );
    let c = check_main("struct P do\n  x :: Int\nend\nfn main() = println(P.__table__())\n");
    assert!(format!("{:?}", c.output().diagnostics).contains("add `deriving(Schema)` to `P`"));
    assert_eq!(
        diagnostics("struct P do\n  x :: Int\nend deriving(Schema)\nfn main() = println(P.__y_col__())\n"),
        vec!["E0030 main.mpl:4:23 no method `__y_col__` on type `P`"]
    );
    assert_eq!(
        diagnostics("struct P do\n  x :: Int\nend deriving(Schema)\nfn main() = println(P.__table__(1))\n"),
        vec!["E0003 main.mpl:4:21 expected 0 argument(s), found 1"]
    );
}
