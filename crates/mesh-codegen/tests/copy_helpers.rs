//! The `copy` slot of generated `TypeInfo`s (ABI.md "Messages and type
//! tags"): every generated info points at its `$copy<T>` helper as the
//! seventh field, and copy helpers never yield (no reduction check), while
//! other functions do.

#[path = "../../mesh-mir/tests/common/mod.rs"]
mod common;

use common::programs;
use mesh_codegen::{emit_llvm_ir, Options};

fn ir_at_o0() -> String {
    let mir = mesh_mir::lower(&programs::collections_with_type_info());
    emit_llvm_ir(
        &mir,
        &Options {
            opt_level: 0,
            target: None,
        },
    )
    .expect("codegen")
}

/// The body of the function `name` in `ir`.
fn body<'a>(ir: &'a str, name: &str) -> &'a str {
    let header = format!("@\"{name}\"(");
    let start = ir
        .lines()
        .position(|l| l.starts_with("define") && l.contains(&header))
        .unwrap_or_else(|| panic!("no function {name}: {ir}"));
    let from = ir.lines().take(start).map(|l| l.len() + 1).sum::<usize>();
    let rest = &ir[from..];
    &rest[..rest.find("\n}").unwrap_or(rest.len())]
}

#[test]
fn generated_infos_end_with_their_copy_helper() {
    let ir = ir_at_o0();
    assert!(ir.contains("%TypeInfo = type { i64, ptr, ptr, ptr, ptr, ptr, ptr }"), "{ir}");
    let point_info = ir
        .lines()
        .find(|l| l.starts_with("@typeinfo.0 = "))
        .unwrap_or_else(|| panic!("no generated type info: {ir}"));
    assert!(point_info.ends_with("ptr @\"$copy<Main.Point>\" }, align 8"), "{point_info}");
}

#[test]
fn copy_helpers_have_no_reduction_check() {
    let ir = ir_at_o0();
    let copy = body(&ir, "$copy<(Int, String)>");
    assert!(copy.contains("@mesh_object_copy"), "{copy}");
    assert!(copy.contains("@mesh_string_copy"), "{copy}");
    assert!(!copy.contains("mesh_yield"), "{copy}");
    assert!(body(&ir, "$eq<(Int, String)>").contains("mesh_yield"));
}
