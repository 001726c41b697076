//! Calls of runtime bindings: built-in operations implemented per type
//! (`@to_string`, `@inspect`, `@hash`, the JSON and row operations of
//! `json`), plain runtime calls, and bindings listing type parameters, which
//! get pointers to the `TypeInfo`s of those parameters after the ordinary
//! arguments (hir.rs `ExternFn::type_info_params`).

use super::builder::FnBuilder;
use super::types::value_kind;
use super::{Helper, Lowerer};
use crate::mir::{BinOp, Operand, Rvalue, ValueKind};
use mesh_check::hir::ExternId;
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
                for &position in &ext.type_info_params {
                    let Some(ty) = type_args.get(position as usize) else {
                        let what = format!(
                            "a call of runtime binding `{}.{}` without its type arguments",
                            ext.module, ext.name
                        );
                        self.unsupported(&what, span);
                        return Operand::Int(0);
                    };
                    let info = self.type_info(ty, span);
                    args.push(info);
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
