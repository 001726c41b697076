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
    let c = check_main("fn main() do\n  println(\"${Less}\")\nend\n");
    assert_eq!(
        only(&c),
        "E0006 main.mpl:2:14 `Ordering` does not implement `Display`"
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
fn e0100_unsupported_constructs() {
    let c = check_main(
        "struct P do\n  x :: Int\nend\nfn apply(f, x) = f(x)\nfn main() do\n  let m = Map.new()\n  let g = fn x -> x end\n  let h = main\n  println(\"x\")\nend\n",
    );
    assert_eq!(
        c.diagnostics(),
        vec![
            "E0100 main.mpl:1:1 structs are not supported yet",
            "E0100 main.mpl:4:18 calling a function value is not supported yet",
            "E0100 main.mpl:6:11 module `Map` is not supported yet",
            "E0100 main.mpl:7:11 closures are not supported yet",
            "E0100 main.mpl:8:11 function values are not supported yet",
        ]
    );
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
