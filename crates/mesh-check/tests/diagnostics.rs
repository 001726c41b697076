//! One test per diagnostic the checker emits: code, message and the exact
//! position (`path:line:col`) of the primary span.

mod common;
use common::{check_main, check_project};
use mesh_check::ProjectError;

fn only(c: &common::Checked) -> String {
    let d = c.single();
    c.render(d)
}

#[test]
fn e0001_argument_mismatch_suggests_to_string() {
    let c = check_main("fn f(s :: String) = s\nfn main() do\n  println(f(42))\nend\n");
    assert_eq!(
        only(&c),
        "E0001 main.mpl:3:13 expected `String`, found `Int`"
    );
    assert_eq!(
        c.single().help.as_deref(),
        Some("use to_string() or interpolation: \"${...}\"")
    );
}

#[test]
fn e0001_let_annotation_suggests_some() {
    let c = check_main("fn main() do\n  let x :: Option<Int> = 5\n  println(\"${x}\")\nend\n");
    assert_eq!(
        only(&c),
        "E0001 main.mpl:2:26 expected `Option<Int>`, found `Int`"
    );
    let d = c.single();
    assert_eq!(d.help.as_deref(), Some("wrap in Some(...)"));
    assert_eq!(d.labels.len(), 1);
    assert_eq!(d.labels[0].message, "expected because of this annotation");
}

#[test]
fn e0001_atom_is_not_string() {
    let c = check_main("fn main() do\n  let s :: String = :name\n  println(s)\nend\n");
    assert_eq!(
        only(&c),
        "E0001 main.mpl:2:21 expected `String`, found `Atom`"
    );
}

#[test]
fn e0001_if_branches_point_at_both() {
    let c = check_main(
        "fn main() do\n  let v = if true do 1 else \"one\" end\n  println(\"${v}\")\nend\n",
    );
    assert_eq!(
        only(&c),
        "E0001 main.mpl:2:29 expected `Int`, found `String`"
    );
    let d = c.single();
    assert_eq!(d.labels.len(), 1);
    assert_eq!(c.files[0].line_col(d.labels[0].span.start), (2, 22));
}

#[test]
fn e0001_return_value_is_checked() {
    let c = check_main(
        "fn f() -> Int do\n  return \"x\"\nend\nfn main() do\n  println(\"${f()}\")\nend\n",
    );
    assert_eq!(
        only(&c),
        "E0001 main.mpl:2:10 expected `Int`, found `String`"
    );
}

#[test]
fn e0001_types_of_other_modules_are_qualified() {
    let c = check_project(&[
        ("main.mpl", "Main", "import Geometry\nfn main() do\n  let s :: Int = Geometry.origin()\n  println(\"${s}\")\nend\n"),
        ("geometry.mpl", "Geometry", "pub type Point do\n  Origin\nend\npub fn origin() -> Point = Origin\n"),
    ]);
    assert_eq!(
        only(&c),
        "E0001 main.mpl:3:18 expected `Int`, found `Geometry.Point`"
    );
}

#[test]
fn e0002_infinite_type() {
    let c = check_main("fn f(x) = [x] == x\nfn main() do\n  println(\"${f(1)}\")\nend\n");
    let d = c.render(&c.output().diagnostics[0]);
    assert!(d.starts_with("E0002 main.mpl:1:18 infinite type"), "{}", d);
}

#[test]
fn e0003_wrong_argument_count() {
    let c = check_main("fn add(a :: Int, b :: Int) -> Int = a + b\nfn main() do\n  let n = add(1)\n  println(\"${n}\")\nend\n");
    assert_eq!(
        only(&c),
        "E0003 main.mpl:3:11 expected 2 argument(s), found 1"
    );
}

#[test]
fn e0003_constructor_pattern_arity() {
    let c = check_main("fn main() do\n  let v = case Some(1) do\n    Some(a, b) -> a\n    None -> 0\n  end\n  println(\"${v}\")\nend\n");
    assert_eq!(
        only(&c),
        "E0003 main.mpl:3:5 expected 1 argument(s), found 2"
    );
}

#[test]
fn e0004_undefined_variable_with_suggestion() {
    let c = check_main("fn main() do\n  let count = 1\n  println(\"${cuont}\")\nend\n");
    assert_eq!(only(&c), "E0004 main.mpl:3:14 undefined variable: cuont");
    assert_eq!(c.single().help.as_deref(), Some("did you mean `count`?"));
}

#[test]
fn e0004_not_imported_module_qualifier() {
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            "fn main() do\n  println(Util.shout(\"x\"))\nend\n",
        ),
        (
            "util.mpl",
            "Util",
            "pub fn shout(s :: String) -> String = s <> \"!\"\n",
        ),
    ]);
    assert_eq!(only(&c), "E0004 main.mpl:2:11 undefined variable: Util");
    assert_eq!(
        c.single().help.as_deref(),
        Some("add `import Util` to use qualified names")
    );
}

#[test]
fn e0005_calling_an_int() {
    let c = check_main("fn main() do\n  let x = 1\n  let _ = x(2)\n  println(\"done\")\nend\n");
    assert_eq!(only(&c), "E0005 main.mpl:3:11 `Int` is not a function");
}

#[test]
fn e0006_predicate_in_scheme_checked_at_call() {
    let c = check_main("fn add(a, b) = a + b\nfn main() do\n  println(add(\"x\", \"y\"))\nend\n");
    assert_eq!(
        only(&c),
        "E0006 main.mpl:3:11 `String` does not implement `Add`"
    );
}

#[test]
fn e0006_interpolation_needs_display() {
    let c = check_main("type T do\n  A\nend deriving(Eq)\nfn main() do\n  println(\"${A}\")\nend\n");
    assert_eq!(
        only(&c),
        "E0006 main.mpl:5:14 `T` does not implement `Display`"
    );
}

#[test]
fn e0006_concat_on_int() {
    let c = check_main("fn main() do\n  let x = 1 <> 2\n  println(\"${x}\")\nend\n");
    assert_eq!(
        only(&c),
        "E0006 main.mpl:2:11 `Int` does not implement `Concat`"
    );
}

#[test]
fn e0010_unknown_variant() {
    let c = check_main("fn main() do\n  let v = case Some(1) do\n    Nothing -> 0\n    _ -> 1\n  end\n  println(\"${v}\")\nend\n");
    assert_eq!(only(&c), "E0010 main.mpl:3:5 unknown variant `Nothing`");
}

#[test]
fn e0012_non_exhaustive_case_lists_missing() {
    let c = check_main("fn f(o :: Option<Int>) -> Int do\n  case o do\n    Some(x) -> x\n  end\nend\nfn main() do\n  println(\"${f(None)}\")\nend\n");
    assert_eq!(
        only(&c),
        "E0012 main.mpl:2:3 non-exhaustive match on `Option<Int>`"
    );
    assert_eq!(c.single().notes, vec!["missing: None".to_string()]);
}

#[test]
fn e0012_non_exhaustive_tuple_of_bools() {
    let c = check_main("fn both(a :: Bool, b :: Bool) -> String do\n  case (a, b) do\n    (true, true) -> \"both\"\n    (true, false) -> \"left\"\n    (false, true) -> \"right\"\n  end\nend\nfn main() do\n  println(both(true, true))\nend\n");
    assert_eq!(
        only(&c),
        "E0012 main.mpl:2:3 non-exhaustive match on `(Bool, Bool)`"
    );
    assert_eq!(
        c.single().notes,
        vec!["missing: (false, false)".to_string()]
    );
}

#[test]
fn e0012_clauses_are_only_a_warning() {
    let c = check_main("fn only_zero(0) = 0\nfn main() do\n  println(\"${only_zero(0)}\")\nend\n");
    let d = c.single();
    assert_eq!(
        c.render(d),
        "E0012 main.mpl:1:4 non-exhaustive match on `Int`"
    );
    assert!(!d.is_error());
    assert!(c.output().program.is_some());
}

#[test]
fn e0022_catch_all_not_last() {
    let c = check_main("fn f(n) = 1\nfn f(0) = 0\nfn main() do\n  println(\"${f(1)}\")\nend\n");
    let all = c.diagnostics();
    assert_eq!(all[0], "E0022 main.mpl:1:1 catch-all clause must be the last clause of function `f/1`; clauses after a catch-all are unreachable");
}

#[test]
fn e0023_clauses_not_consecutive() {
    let c = check_main(
        "fn f(0) = 0\nfn g() = 1\nfn f(n) = n\nfn main() do\n  println(\"${f(g())}\")\nend\n",
    );
    assert_eq!(
        c.diagnostics()[0],
        "E0023 main.mpl:3:4 function `f/1` already defined; multi-clause functions must have consecutive clauses"
    );
}

#[test]
fn e0025_guard_not_bool() {
    let c = check_main("fn main() do\n  let v = case 1 do\n    x when x + 1 -> x\n    _ -> 0\n  end\n  println(\"${v}\")\nend\n");
    assert_eq!(
        only(&c),
        "E0025 main.mpl:3:12 guard expression must return `Bool`"
    );
}

#[test]
fn e0028_and_e0029_deriving() {
    let c = check_main("type A do\n  X\nend deriving(Frob)\ntype B do\n  Y\nend deriving(Ord)\nfn main() do\n  println(\"x\")\nend\n");
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0028 main.mpl:3:14 cannot derive `Frob` for `A` -- only Eq, Ord, Display, Debug, Hash, Json, and Row are derivable",
            "E0029 main.mpl:6:14 deriving `Ord` for `B` requires `Eq` to also be derived",
        ]
    );
}

#[test]
fn e0031_module_not_found() {
    let c = check_main("import Missing.Thing\nfn main() do\n  println(\"x\")\nend\n");
    assert_eq!(
        only(&c),
        "E0031 main.mpl:1:8 module `Missing.Thing` not found"
    );
}

#[test]
fn e0032_e0033_break_continue_outside_loop() {
    let c = check_main("fn main() do\n  break\n  continue\nend\n");
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0032 main.mpl:2:3 `break` outside of loop",
            "E0033 main.mpl:3:3 `continue` outside of loop"
        ]
    );
}

#[test]
fn e0034_not_exported_lists_names() {
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            "from Util import present, absent\nfn main() do\n  println(\"${present()}\")\nend\n",
        ),
        ("util.mpl", "Util", "pub fn present() -> Int = 1\n"),
    ]);
    assert_eq!(
        only(&c),
        "E0034 main.mpl:1:27 `absent` is not exported by module `Util`"
    );
    assert_eq!(c.single().notes, vec!["available: present".to_string()]);
}

#[test]
fn e0035_private_import_and_qualified_access() {
    let util = "pub fn reveal() -> String = secret()\nfn secret() -> String = \"s\"\n";
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            "from Util import secret\nfn main() do\n  println(\"hi\")\nend\n",
        ),
        ("util.mpl", "Util", util),
    ]);
    assert_eq!(
        only(&c),
        "E0035 main.mpl:1:18 `secret` is private in module `Util`; add `pub` to make it accessible"
    );
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            "import Util\nfn main() do\n  println(Util.secret())\nend\n",
        ),
        ("util.mpl", "Util", util),
    ]);
    assert_eq!(
        only(&c),
        "E0035 main.mpl:3:16 `secret` is private in module `Util`; add `pub` to make it accessible"
    );
}

#[test]
fn private_names_do_not_clash_across_modules() {
    let c = check_project(&[
        ("main.mpl", "Main", "import Util\nfn helper() = \"main\"\nfn main() do\n  println(helper() <> Util.go())\nend\n"),
        ("util.mpl", "Util", "fn helper() = 1\npub fn go() -> String = \"${helper()}\"\n"),
    ]);
    assert!(c.output().diagnostics.is_empty(), "{:?}", c.diagnostics());
}

#[test]
fn constructs_once_unsupported_check_cleanly() {
    let c = check_main(
        "interface Shape do\n  fn area(self) -> Float\nend\nstruct P do\n  x :: Int\nend deriving(Schema)\nfn main() do\n  let k = 1\n  fn loop_(n) = loop_(n + k)\n  println(\"x\")\nend\n",
    );
    assert!(c.diagnostics().is_empty(), "{:?}", c.diagnostics());
}

#[test]
fn e0101_unknown_type_with_suggestion() {
    let c = check_main("fn main() do\n  let x :: Strng = \"a\"\n  println(x)\nend\n");
    assert_eq!(only(&c), "E0101 main.mpl:2:12 unknown type `Strng`");
    assert_eq!(c.single().help.as_deref(), Some("did you mean `String`?"));
}

#[test]
fn e0103_inline_module() {
    let c = check_main("module Inner do\n  fn f() = 1\nend\nfn main() do\n  println(\"x\")\nend\n");
    assert_eq!(
        only(&c),
        "E0103 main.mpl:1:1 inline modules are not supported; use a separate file"
    );
}

#[test]
fn e0104_ambiguous_import_when_used() {
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            "from A import f\nfrom B import f\nfn main() do\n  println(f())\nend\n",
        ),
        ("a.mpl", "A", "pub fn f() = \"a\"\n"),
        ("b.mpl", "B", "pub fn f() = \"b\"\n"),
    ]);
    assert_eq!(
        only(&c),
        "E0104 main.mpl:4:11 `f` is ambiguous: it is imported from `A` and `B`"
    );
}

#[test]
fn e0105_variant_shadowing_builtin() {
    let c = check_main("type T do\n  Some\nend\nfn main() do\n  println(\"x\")\nend\n");
    assert_eq!(
        only(&c),
        "E0105 main.mpl:2:3 `Some` is defined more than once"
    );
}

#[test]
fn e0107_indexing() {
    let c = check_main("fn main() do\n  let xs = [1]\n  let y = xs[0]\n  println(\"x\")\nend\n");
    assert_eq!(
        only(&c),
        "E0107 main.mpl:3:11 indexing with `[]` is not supported; use List.get / Map.get"
    );
}

#[test]
fn e0114_refutable_let() {
    let c = check_main("fn main() do\n  let (1, x) = (1, 2)\n  println(\"${x}\")\nend\n");
    assert_eq!(only(&c), "E0114 main.mpl:2:7 refutable pattern in `let`");
}

#[test]
fn e0115_missing_main() {
    let c = check_main("fn helper() = 1\n");
    assert_eq!(
        only(&c),
        "E0115 main.mpl:1:1 no `fn main()` found in main.mpl"
    );
    assert!(c.output().program.is_none());
}

#[test]
fn w0001_redundant_arm_but_guarded_arms_do_not_cover() {
    let c = check_main("fn main() do\n  let v = case 3 do\n    x when x > 4 -> 1\n    _ -> 2\n    y -> 3\n  end\n  println(\"${v}\")\nend\n");
    assert_eq!(only(&c), "W0001 main.mpl:5:5 redundant match arm");
    assert!(c.output().program.is_some());
}

#[test]
fn w0002_pub_on_non_first_clause() {
    let c = check_main("fn f(0) = 0\npub fn f(n) = n\nfn main() do\n  println(\"${f(1)}\")\nend\n");
    assert_eq!(
        only(&c),
        "W0002 main.mpl:2:8 `pub` on non-first clause of `f` will be ignored"
    );
}

#[test]
fn project_errors_for_cycles_and_self_imports() {
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            "import A\nfn main() do\n  println(\"x\")\nend\n",
        ),
        ("a.mpl", "A", "import B\npub fn f() = 1\n"),
        ("b.mpl", "B", "import A\npub fn g() = 2\n"),
    ]);
    assert_eq!(
        c.result.err(),
        Some(ProjectError("Circular dependency: A -> B -> A".into()))
    );
    let c = check_project(&[
        ("main.mpl", "Main", "fn main() do\n  println(\"x\")\nend\n"),
        ("a.mpl", "A", "import A\npub fn f() = 1\n"),
    ]);
    assert_eq!(
        c.result.err(),
        Some(ProjectError("Module 'A' cannot import itself".into()))
    );
}

#[test]
fn imported_module_brings_its_pub_types_and_variants_wholesale() {
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            "from Shapes import area\nfn main() do\n  let s :: Shape = Square(2)\n  let t = Shape.Circle(1)\n  println(\"${area(s) + area(t)}\")\nend\n",
        ),
        (
            "shapes.mpl",
            "Shapes",
            "pub type Shape do\n  Square(Int)\n  Circle(Int)\nend\npub fn area(s :: Shape) -> Int = case s do\n  Square(n) -> n * n\n  Circle(r) -> 3 * r * r\nend\n",
        ),
    ]);
    assert!(c.output().diagnostics.is_empty(), "{:?}", c.diagnostics());
    assert!(c.output().program.is_some());
}

#[test]
fn e0106_struct_field_without_type() {
    let c = check_main("struct P do\n  x\nend\nfn main() do\n  println(\"x\")\nend\n");
    assert_eq!(only(&c), "E0106 main.mpl:2:3 field `x` of struct `P` needs a type");
}

#[test]
fn e0009_struct_literal_fields() {
    let c = check_main(
        "struct P do\n  x :: Int\n  y :: Int\nend\nfn main() do\n  let a = P { x: 1, z: 2 }\n  let b = P { x: 1, y: 2, x: 3 }\n  println(\"x\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0009 main.mpl:6:21 unknown field `z` in struct `P`",
            "E0009 main.mpl:6:11 missing field `y` in struct `P`",
            "E0009 main.mpl:7:27 duplicate field `x` in struct `P`",
        ]
    );
}

#[test]
fn e0009_no_such_field_and_e0110_unknown_receiver() {
    let c = check_main(
        "struct P do\n  x :: Int\nend\nfn get(p) = p.x\nfn main() do\n  let p = P { x: 1 }\n  println(\"${p.y}\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0110 main.mpl:4:13 cannot infer the type of this expression; add a type annotation",
            "E0009 main.mpl:7:16 type `P` has no field `y`",
        ]
    );
}

#[test]
fn deferred_field_access_resolves_later_in_the_declaration() {
    let c = check_main(
        "struct P do\n  x :: Int\nend\nfn get(p) do\n  let n = p.x\n  let q :: P = p\n  n\nend\nfn main() do\n  println(\"${get(P { x: 1 })}\")\nend\n",
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    assert_eq!(c.signatures(), "Main.get :: (P) -> Int\nMain.main :: () -> ()\n");
}

#[test]
fn e0028_e0029_struct_deriving() {
    let c = check_main(
        "struct P do\n  x :: Int\nend deriving(Ord, Show)\nfn main() do\n  println(\"x\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0028 main.mpl:3:19 cannot derive `Show` for `P` -- only Eq, Ord, Display, Debug, Hash, Json, and Row are derivable",
            "E0029 main.mpl:3:14 deriving `Ord` for `P` requires `Eq` to also be derived",
        ]
    );
}

#[test]
fn struct_without_eq_cannot_be_compared() {
    let c = check_main(
        "struct P do\n  f :: Fun(Int) -> Int\nend\nstruct Q do\n  x :: Int\nend deriving(Display)\nfn main() do\n  let p = P { f: fn x -> x end }\n  let q = Q { x: 1 }\n  println(\"${p == p} ${q < q} ${q}\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0006 main.mpl:10:14 `P` does not implement `Eq`",
            "E0006 main.mpl:10:24 `Q` does not implement `Ord`",
        ]
    );
}

#[test]
fn e0101_cyclic_type_alias() {
    let c = check_main("type A = List<B>\ntype B = A\nfn main() do\n  println(\"x\")\nend\n");
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0101 main.mpl:1:6 type alias `A` is cyclic",
            "E0101 main.mpl:2:6 type alias `B` is cyclic",
        ]
    );
}

#[test]
fn pub_alias_and_struct_are_exported() {
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            "import Shapes\nfn main() do\n  let p :: Pt = Pt { x: 1 }\n  let n :: Num = p.x\n  println(\"${n}\")\nend\n",
        ),
        (
            "shapes.mpl",
            "Shapes",
            "pub type Num = Int\npub struct Pt do\n  x :: Num\nend\n",
        ),
    ]);
    assert_eq!(c.diagnostics(), Vec::<String>::new());
}

#[test]
fn e0032_e0033_do_not_cross_closures() {
    let c = check_main(
        "fn main() do\n  while true do\n    let f = fn -> break end\n    continue\n  end\n  continue\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0032 main.mpl:3:19 `break` outside of loop",
            "E0033 main.mpl:6:3 `continue` outside of loop",
        ]
    );
}

#[test]
fn e0036_e0037_try_operator() {
    let c = check_main(
        "fn parse(s :: String) -> Int!String = Ok(1)\nfn a() -> Int = parse(\"x\")?\nfn b() -> Int? = parse(\"x\")?\nfn c() -> Int!Int = Ok(parse(\"x\")?)\nfn d(n :: Int) -> Int? = Some(n?)\nfn main() do\n  parse(\"x\")?\n  println(\"x\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0036 main.mpl:2:17 `?` operator requires function to return `Result` or `Option`, found `Int`",
            "E0036 main.mpl:3:18 `?` operator requires function to return `Result` or `Option`, found `Option<Int>`",
            "E0036 main.mpl:4:24 `?` operator requires function to return `Result` or `Option`, found `Result<Int, Int>`",
            "E0037 main.mpl:5:31 `?` operator requires `Result` or `Option`, found `Int`",
            "E0036 main.mpl:7:3 `?` operator requires function to return `Result` or `Option`, found `()`",
        ]
    );
}

#[test]
fn e0011_or_pattern_binding_mismatch() {
    let c = check_main(
        "fn f(p) = case p do\n  (x, 0) | (0, y) -> 1\n  _ -> 0\nend\nfn main() do\n  println(\"${f((1, 2))}\")\nend\n",
    );
    assert_eq!(
        only(&c),
        "E0011 main.mpl:2:3 or-pattern binding mismatch: every alternative must bind the same names"
    );
}

#[test]
fn list_patterns_exhaustiveness_and_redundancy() {
    let c = check_main(
        "fn f(xs :: List<Int>) = case xs do\n  h :: _ -> h\nend\nfn g(xs) = case xs do\n  _ :: _ -> 1\n  _ :: t -> 2\n  _ -> 0\nend\nfn main() do\n  println(\"${f([1])} ${g([1])}\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0012 main.mpl:1:25 non-exhaustive match on `List<Int>`",
            "W0001 main.mpl:6:3 redundant match arm",
        ]
    );
    assert_eq!(c.output().diagnostics[0].notes, vec!["missing: []".to_string()]);
}

#[test]
fn e0005_and_e0003_on_function_values() {
    let c = check_main(
        "fn main() do\n  let n = 1\n  let f = fn x -> x end\n  println(\"${n(2)} ${f(1, 2)}\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0005 main.mpl:4:14 `Int` is not a function",
            "E0003 main.mpl:4:22 expected 1 argument(s), found 2",
        ]
    );
}

#[test]
fn e0030_no_method_and_stdlib_fallback() {
    let c = check_main(
        "fn main() do\n  let n = \"abc\".length()\n  let m = [1, 2].length()\n  println(\"${n + m} ${3.length()}\")\nend\n",
    );
    assert_eq!(only(&c), "E0030 main.mpl:4:25 no method `length` on type `Int`");
}

#[test]
fn e0006_json_encode_needs_an_encodable_value() {
    let c = check_main("fn main() do\n  let f = fn x -> x + 1 end\n  println(Json.encode(f))\nend\n");
    assert_eq!(only(&c), "E0006 main.mpl:3:11 `Fun(Int) -> Int` does not implement `Json`");
}

#[test]
fn keyword_arguments_need_a_common_value_type() {
    let c = check_main(
        "fn f(opts :: Map<String, Int>) = Map.size(opts)\nfn main() do\n  let n = f(a: 1, b: \"x\")\n  println(\"${n}\")\nend\n",
    );
    assert_eq!(only(&c), "E0001 main.mpl:3:22 expected `Int`, found `String`");
}

#[test]
fn e0006_explicit_derive_needs_supporting_fields() {
    let c = check_main(
        "struct P do\n  f :: Fun(Int) -> Int\nend deriving(Eq, Debug)\nfn main() do\n  println(\"x\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0006 main.mpl:3:14 cannot derive `Eq` for `P`: field `f` does not implement `Eq`",
            "E0006 main.mpl:3:18 cannot derive `Debug` for `P`: field `f` does not implement `Debug`",
        ]
    );
}

#[test]
fn list_literal_patterns_are_checked_for_exhaustiveness() {
    let c = check_main(
        "fn f(xs :: List<Int>) = case xs do\n  [] -> 0\n  [a] -> a\n  h :: t -> h\nend\nfn g(xs :: List<Int>) = case xs do\n  [] -> 0\n  [a, b] -> a + b\n  [_, _] -> 1\nend\nfn main() do\n  println(\"${f([1])} ${g([])}\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "W0001 main.mpl:9:3 redundant match arm",
            "E0012 main.mpl:6:25 non-exhaustive match on `List<Int>`",
        ]
    );
    assert_eq!(
        c.output().diagnostics[1].notes,
        vec!["missing: _ :: []".to_string()]
    );
}
