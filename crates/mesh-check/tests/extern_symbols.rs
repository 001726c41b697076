//! The type parameters an `extern fn` symbol lists in brackets
//! (`"mesh_map_new[K,V]"`) are resolved by the checker into positions of
//! `hir::ExternFn::type_info_params`; a name that is not a type parameter
//! of the declaration is E0101 at the symbol string.

mod common;
use common::check_main;
use mesh_check::hir;

fn extern_named<'p>(p: &'p hir::Program, module: &str, name: &str) -> &'p hir::ExternFn {
    p.externs
        .iter()
        .find(|e| e.module == module && e.name == name)
        .unwrap_or_else(|| panic!("no extern {module}.{name}"))
}

#[test]
fn type_parameter_lists_are_resolved_by_the_declared_names() {
    let c = check_main(
        "extern fn pick<K, V>() -> Int where K: Eq = \"mesh_pick[V]\"\n\
         extern fn both<A, B>(a :: A, b :: B) -> Int = \"mesh_both[B, A]\"\n\
         extern fn plain<T>(x :: T) -> Int = \"mesh_plain\"\n\
         fn main() do\n  println(\"${pick()}\")\nend\n",
    );
    assert!(c.diagnostics().is_empty(), "{:?}", c.diagnostics());
    let p = c.output().program.as_ref().expect("program");
    let pick = extern_named(p, "Main", "pick");
    assert_eq!(pick.symbol, "mesh_pick");
    assert_eq!(pick.type_info_params, vec![1]);
    let both = extern_named(p, "Main", "both");
    assert_eq!(both.symbol, "mesh_both");
    assert_eq!(both.type_info_params, vec![1, 0]);
    let plain = extern_named(p, "Main", "plain");
    assert_eq!(plain.symbol, "mesh_plain");
    assert!(plain.type_info_params.is_empty());
}

#[test]
fn stdlib_bindings_carry_their_listed_parameters() {
    let c = check_main("fn main() do\n  println(\"hi\")\nend\n");
    let p = c.output().program.as_ref().expect("program");
    let new = extern_named(p, "Map", "new");
    assert_eq!(new.symbol, "mesh_map_new");
    assert_eq!(new.type_info_params, vec![0, 1]);
    assert!(p.externs.iter().all(|e| !e.symbol.contains('[')));
}

#[test]
fn type_parameter_lists_that_name_no_parameter_are_diagnosed() {
    let c = check_main(
        "extern fn odd<T, U>(x :: T) -> Int = \"mesh_odd[Q]\"\n\
         extern fn bare(x :: Int) -> Int = \"mesh_bare[T]\"\n\
         fn main() do\n  println(\"hi\")\nend\n",
    );
    let found = c.diagnostics();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].starts_with("E0101 main.mpl:1:38 ") && found[0].contains("`Q`"),
        "{found:?}"
    );
    assert!(
        found[1].starts_with("E0101 main.mpl:2:35 ")
            && found[1].contains("`T`")
            && found[1].contains("no type parameters"),
        "{found:?}"
    );
    assert!(c.output().program.is_none());
}
