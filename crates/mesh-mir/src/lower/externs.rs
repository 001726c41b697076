//! Calls of runtime bindings: built-in operations implemented per type
//! (`@to_string`, `@inspect`, `@hash`, the JSON and row operations of `json`), plain runtime calls, and symbols ending in
//! `[T, U]`, which get pointers to the `TypeInfo`s of the listed type
//! parameters after the ordinary arguments (hir.rs `ExternFn::symbol`), or
//! at argument position `i` for a name listed as `T@i`.

use super::builder::FnBuilder;
use super::types::value_kind;
use super::{Helper, Lowerer};
use crate::mir::{BinOp, Operand, Rvalue, ValueKind};
use mesh_check::hir::{ExternFn, ExternId};
use mesh_check::types::Type;
use mesh_syntax::Span;

impl<'h> Lowerer<'h> {
    /// `hash(x)` for `x` of the concrete type `ty`: a `Float` by its bit
    /// pattern with `-0.0` made `0.0` first (the runtime's `Float` TypeInfo
    /// has no hash), everything else by `hash_value` (which uses a user
    /// `impl Hash` when there is one).
    fn hash_of(&mut self, b: &mut FnBuilder, ty: &Type, x: Operand, span: Span) -> Operand {
        if *ty != Type::Float {
            return self.hash_value(b, ty, x, span);
        }
        let normalized = b.temp(
            ValueKind::Float,
            Rvalue::Binary(BinOp::FloatAdd, x, Operand::Float(0.0)),
        );
        self.hash_value(b, &Type::Int, normalized, span)
    }

    /// Calls runtime binding `id` with the already evaluated `args` (of the
    /// concrete `arg_types`); `type_args` instantiate its type parameters.
    #[allow(clippy::too_many_arguments)]
    pub fn extern_call(
        &mut self,
        b: &mut FnBuilder,
        id: ExternId,
        type_args: &[Type],
        mut args: Vec<Operand>,
        arg_types: &[Type],
        ret_ty: &Type,
        span: Span,
    ) -> Operand {
        let hir = self.hir;
        let ret = value_kind(ret_ty);
        let ext = &hir.externs[id.0 as usize];
        match ext.symbol.as_str() {
            "@to_string" if args.len() == 1 => {
                self.display_value(b, &arg_types[0], args.remove(0), span)
            }
            "@inspect" if args.len() == 1 => {
                self.inspect_value(b, &arg_types[0], args.remove(0), span)
            }
            "@hash" if args.len() == 1 => self.hash_of(b, &arg_types[0], args.remove(0), span),
            "@json_encode" if args.len() == 1 => {
                self.json_encode_value(b, &arg_types[0], args.remove(0), span)
            }
            "@to_json" if args.len() == 1 => {
                self.json_of_value(b, &arg_types[0], args.remove(0), span)
            }
            "@from_json" if args.len() == 1 && ok_payload(hir, ret_ty).is_some() => {
                let target = ok_payload(hir, ret_ty).unwrap_or(Type::Unit);
                self.decode_json_text(b, &target, args.remove(0), span)
            }
            "@from_row" if args.len() == 1 && ok_payload(hir, ret_ty).is_some() => {
                let target = ok_payload(hir, ret_ty).unwrap_or(Type::Unit);
                let helper = self.helper(Helper::FromRow, &target, span);
                b.temp(ret, Rvalue::Call(helper, args))
            }
            symbol if symbol.starts_with('@') => {
                let what = format!(
                    "the built-in operation `{symbol}` of `{}.{}`",
                    ext.module, ext.name
                );
                self.unsupported(&what, span);
                Operand::Int(0)
            }
            symbol => {
                let (symbol, listed) = split_symbol(symbol);
                if let Some(listed) = listed {
                    for listed_name in listed {
                        let (name, position) = split_position(listed_name);
                        match type_param_index(hir, ext, name).and_then(|i| type_args.get(i)) {
                            Some(ty) => {
                                let info = self.type_info(ty, span);
                                match position {
                                    Some(i) if i <= args.len() => args.insert(i, info),
                                    _ => args.push(info),
                                }
                            }
                            None => {
                                let what = format!(
                                    "the type parameter list of runtime binding `{}` (`{name}` is not one of its type parameters)",
                                    ext.symbol
                                );
                                self.unsupported(&what, span);
                                return Operand::Int(0);
                            }
                        }
                    }
                }
                b.temp(ret, Rvalue::CallRuntime(symbol.to_string(), args))
            }
        }
    }
}

/// `T` of the type `Result<T, E>`.
fn ok_payload(program: &mesh_check::hir::Program, ty: &Type) -> Option<Type> {
    match ty {
        Type::Named(id, args) if *id == program.well_known.result => args.first().cloned(),
        _ => None,
    }
}

/// `"mesh_map_new[K, V]"` -> `("mesh_map_new", Some(["K", "V"]))`.
fn split_symbol(symbol: &str) -> (&str, Option<Vec<&str>>) {
    match symbol.strip_suffix(']').and_then(|s| s.split_once('[')) {
        Some((name, list)) => (
            name.trim(),
            Some(
                list.split(',')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .collect(),
            ),
        ),
        None => (symbol, None),
    }
}

/// `"T@2"` -> `("T", Some(2))`; `"T"` -> `("T", None)`.
fn split_position(listed: &str) -> (&str, Option<usize>) {
    match listed.split_once('@') {
        Some((name, at)) => (name.trim(), at.trim().parse().ok()),
        None => (listed, None),
    }
}

/// The position of the type parameter called `name` among `ext.type_params`.
/// The HIR keeps type parameters as variables without names, so the names
/// are read from the binding's declaration in its source file
/// (`extern fn new<K, V>() ... = "mesh_map_new[K,V]"`); a list naming as
/// many parameters as the binding has is taken in declaration order when
/// the declaration cannot be found.
fn type_param_index(
    program: &mesh_check::hir::Program,
    ext: &ExternFn,
    name: &str,
) -> Option<usize> {
    if let Some(names) = declared_type_params(program, ext) {
        if names.len() == ext.type_params.len() {
            return names.iter().position(|n| n == name);
        }
    }
    let (_, listed) = split_symbol(&ext.symbol);
    let listed = listed?;
    if listed.len() == ext.type_params.len() {
        listed.iter().position(|n| split_position(n).0 == name)
    } else {
        None
    }
}

/// The type parameter names of `extern fn NAME<A, B>` in the declaration
/// whose symbol string is `ext.symbol`.
fn declared_type_params(program: &mesh_check::hir::Program, ext: &ExternFn) -> Option<Vec<String>> {
    let quoted = format!("\"{}\"", ext.symbol);
    let head = format!("fn {}<", ext.name);
    program.files.iter().find_map(|file| {
        let at = file.text.find(&quoted)?;
        let before = &file.text[..at];
        let start = before.rfind(&head)? + head.len();
        let end = start + before[start..].find('>')?;
        Some(
            before[start..end]
                .split(',')
                .map(|p| p.split(':').next().unwrap_or("").trim().to_string())
                .collect(),
        )
    })
}
