//! Type printing (language.md §6.3, §8.3): `Int`, `List<String>`,
//! `(Int, String)`, `Fun(Int) -> Int`, `()`, types of other modules as
//! `Module.Type`; variables are named by the caller (`?N` in diagnostics,
//! `a`, `b`, ... in signatures).

use crate::hir::TypeDef;
use crate::predicates::Trait;
use crate::types::{TyVar, Type};

/// Renders `ty` as seen from `module`; `var` names each variable.
pub fn render(
    ty: &Type,
    defs: &[TypeDef],
    module: &str,
    var: &mut dyn FnMut(TyVar) -> String,
) -> String {
    match ty {
        Type::Int => "Int".into(),
        Type::Float => "Float".into(),
        Type::Bool => "Bool".into(),
        Type::String => "String".into(),
        Type::Unit => "()".into(),
        Type::Atom => "Atom".into(),
        Type::Never => "Never".into(),
        Type::Var(v) => var(*v),
        Type::Named(id, args) => {
            let mut s = match defs.get(id.0 as usize) {
                Some(def) if def.module == module || def.module == "Prelude" => def.name.clone(),
                Some(def) => format!("{}.{}", def.module, def.name),
                None => "?".into(),
            };
            if !args.is_empty() {
                let parts: Vec<String> =
                    args.iter().map(|t| render(t, defs, module, var)).collect();
                s = format!("{}<{}>", s, parts.join(", "));
            }
            s
        }
        Type::Tuple(ts) => {
            let parts: Vec<String> = ts.iter().map(|t| render(t, defs, module, var)).collect();
            format!("({})", parts.join(", "))
        }
        Type::Fun(ps, r) => {
            let parts: Vec<String> = ps.iter().map(|t| render(t, defs, module, var)).collect();
            format!(
                "Fun({}) -> {}",
                parts.join(", "),
                render(r, defs, module, var)
            )
        }
    }
}

/// `?N` for an unresolved variable (diagnostics).
pub fn render_diag(ty: &Type, defs: &[TypeDef], module: &str) -> String {
    render(ty, defs, module, &mut |v| format!("?{}", v.0))
}

/// A function signature for `signatures`: `(A, B) -> R`, variables named
/// `a`, `b`, ... by first appearance, then ` where a: Add + Eq`.
pub fn render_signature(
    params: &[Type],
    ret: &Type,
    preds: &[(TyVar, Trait)],
    defs: &[TypeDef],
    module: &str,
) -> String {
    let mut order: Vec<TyVar> = Vec::new();
    let mut name = |v: TyVar| {
        let i = order.iter().position(|x| *x == v).unwrap_or_else(|| {
            order.push(v);
            order.len() - 1
        });
        var_letter(i)
    };
    let ps: Vec<String> = params
        .iter()
        .map(|t| render(t, defs, module, &mut name))
        .collect();
    let mut s = format!(
        "({}) -> {}",
        ps.join(", "),
        render(ret, defs, module, &mut name)
    );
    let mut clauses = Vec::new();
    for (i, v) in order.iter().enumerate() {
        let mut trs: Vec<Trait> = preds
            .iter()
            .filter(|(x, _)| x == v)
            .map(|(_, t)| *t)
            .collect();
        trs.sort();
        trs.dedup();
        if !trs.is_empty() {
            let names: Vec<&str> = trs.iter().map(|t| t.name()).collect();
            clauses.push(format!("{}: {}", var_letter(i), names.join(" + ")));
        }
    }
    if !clauses.is_empty() {
        s.push_str(" where ");
        s.push_str(&clauses.join(", "));
    }
    s
}

fn var_letter(i: usize) -> String {
    let letter = (b'a' + (i % 26) as u8) as char;
    if i < 26 {
        letter.to_string()
    } else {
        format!("{}{}", letter, i / 26)
    }
}
