//! Interface method calls resolved per concrete type (`ExprKind::TraitCall`)
//! and the user impls that take precedence over the structural helpers.
//!
//! A call on a concrete `self_ty` goes to the method of the impl in
//! `Program::impls` whose implementing type has the same head type
//! constructor (the impl's type parameters are instantiated from the
//! type's arguments); without one, the built-in interfaces on built-in or
//! derived types use the built-in operations and generated helpers.
//! Built-in interfaces are named bare (`Display`), user interfaces
//! `Module.Name` (hir.rs `ImplInfo::interface`), so the two never mix.
//! `Into.into` on `x` is the `From` conversion of `x` to the call's
//! result type (the user impl, else the built-in one).

use super::builder::FnBuilder;
use super::{Helper, Lowerer};
use crate::mir::{BinOp, Operand, Rvalue, Terminator, UnOp, ValueKind};
use mesh_check::hir::{self, FnId};
use mesh_check::types::{TyVar, Type};
use mesh_syntax::Span;
use std::collections::HashMap;

/// A user method found for a concrete type: its function and the type
/// arguments of the impl's type parameters.
pub struct ImplMethod {
    pub func: FnId,
    pub impl_args: Vec<Type>,
}

impl ImplMethod {
    /// Method `method` of the impl `info`, its type parameters taken from
    /// `bound` (`()` for one the match left free).
    fn of(info: &hir::ImplInfo, method: &str, bound: &HashMap<TyVar, Type>) -> Option<ImplMethod> {
        let func = info.methods.iter().find(|(name, _)| name == method)?.1;
        let impl_args = info
            .type_params
            .iter()
            .map(|v| bound.get(v).cloned().unwrap_or(Type::Unit))
            .collect();
        Some(ImplMethod { func, impl_args })
    }
}

/// Binds the variables of `pattern` so that it equals `ty`; `false` when
/// the two do not match.
fn bind(pattern: &Type, ty: &Type, bound: &mut HashMap<TyVar, Type>) -> bool {
    match (pattern, ty) {
        (Type::Var(v), _) => match bound.get(v) {
            Some(prev) => prev == ty,
            None => {
                bound.insert(*v, ty.clone());
                true
            }
        },
        (Type::Named(a, xs), Type::Named(b, ys)) => {
            a == b && xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| bind(x, y, bound))
        }
        (Type::Tuple(xs), Type::Tuple(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| bind(x, y, bound))
        }
        (Type::Fun(ps, r), Type::Fun(qs, s)) => {
            ps.len() == qs.len()
                && ps.iter().zip(qs).all(|(x, y)| bind(x, y, bound))
                && bind(r, s, bound)
        }
        _ => pattern == ty,
    }
}

impl<'h> Lowerer<'h> {
    /// The method `method` of a user impl of `interface` for the concrete
    /// type `ty`.
    pub fn user_method(&self, interface: &str, method: &str, ty: &Type) -> Option<ImplMethod> {
        self.hir.impls.iter().find_map(|info| {
            if info.interface != interface {
                return None;
            }
            let mut bound = HashMap::new();
            if !bind(&info.for_type, ty, &mut bound) {
                return None;
            }
            ImplMethod::of(info, method, &bound)
        })
    }

    /// The `from` of a user `impl From<source> for target`, or the `into`
    /// of a user `impl Into<target> for source`.
    fn user_conversion(&self, source: &Type, target: &Type) -> Option<ImplMethod> {
        self.hir.impls.iter().find_map(|info| {
            // `impl From<S> for T` converts with `from`, `impl Into<T> for S` with `into`.
            let (to, from, method) = match info.interface.as_str() {
                "From" => (&info.for_type, info.interface_args.first()?, "from"),
                "Into" => (info.interface_args.first()?, &info.for_type, "into"),
                _ => return None,
            };
            if info.interface_args.len() != 1 {
                return None;
            }
            let mut bound = HashMap::new();
            if !bind(to, target, &mut bound) || !bind(from, source, &mut bound) {
                return None;
            }
            ImplMethod::of(info, method, &bound)
        })
    }

    /// The user impl method replacing the structural helper `helper` for
    /// `ty` (`impl Display for T` replaces `$to_string<T>`), if any.
    pub fn user_helper_method(&self, helper: Helper, ty: &Type) -> Option<ImplMethod> {
        let (interface, method) = match helper {
            Helper::ToString => ("Display", "to_string"),
            Helper::Inspect => ("Debug", "inspect"),
            Helper::Eq => ("Eq", "eq"),
            Helper::Cmp => ("Ord", "compare"),
            Helper::Hash => ("Hash", "hash"),
            Helper::SameWord
            | Helper::ToJson
            | Helper::FromJson
            | Helper::FromRow
            | Helper::Copy => return None,
        };
        let found = self.user_method(interface, method, ty);
        if found.is_none() && helper == Helper::Cmp {
            return self.user_method("Ord", "lt", ty);
        }
        found
    }

    /// The body of helper `helper` for `ty` calling the user's method:
    /// `compare` results become `-1`/`0`/`1`, a bare `lt` is combined
    /// with `eq` (`Eq` helper).
    pub fn user_helper(
        &mut self,
        helper: Helper,
        ty: &Type,
        found: ImplMethod,
        span: Span,
    ) -> crate::mir::Function {
        let mut b = FnBuilder::new();
        let kind = super::types::value_kind(ty);
        let x = b.new_var(Some("a".into()), kind);
        let mut params = vec![x];
        if matches!(helper, Helper::Eq | Helper::Cmp) {
            params.push(b.new_var(Some("b".into()), kind));
        }
        let args: Vec<Operand> = params.iter().map(|p| Operand::Var(*p)).collect();
        let uses_lt = helper == Helper::Cmp && self.user_method("Ord", "compare", ty).is_none();
        let target = self.instance(found.func, found.impl_args, span);
        let (ret, value) = match helper {
            Helper::Eq => (
                ValueKind::Bool,
                b.temp(ValueKind::Bool, Rvalue::Call(target, args)),
            ),
            Helper::Cmp if uses_lt => {
                // (b < a) - (a < b)
                let less = b.temp(ValueKind::Bool, Rvalue::Call(target, args.clone()));
                let swapped = vec![args[1].clone(), args[0].clone()];
                let greater = b.temp(ValueKind::Bool, Rvalue::Call(target, swapped));
                (
                    ValueKind::Int,
                    b.temp(ValueKind::Int, Rvalue::Binary(BinOp::IntSub, greater, less)),
                )
            }
            Helper::Cmp => {
                let ordering = b.temp(ValueKind::Ptr, Rvalue::Call(target, args));
                let tag = b.temp(
                    ValueKind::Int,
                    Rvalue::Load {
                        base: ordering,
                        field: 0,
                    },
                );
                (
                    ValueKind::Int,
                    b.temp(
                        ValueKind::Int,
                        Rvalue::Binary(BinOp::IntSub, tag, Operand::Int(1)),
                    ),
                )
            }
            Helper::Hash => (
                ValueKind::Int,
                b.temp(ValueKind::Int, Rvalue::Call(target, args)),
            ),
            _ => (
                ValueKind::Ptr,
                b.temp(ValueKind::Ptr, Rvalue::Call(target, args)),
            ),
        };
        b.terminate(Terminator::Return(value));
        let prefix = match helper {
            Helper::ToString => "to_string",
            Helper::Inspect => "inspect",
            Helper::Eq => "eq",
            Helper::Cmp => "cmp",
            Helper::Hash => "hash",
            _ => "same",
        };
        b.finish(format!("${prefix}<{}>", self.type_text(ty)), params, ret)
    }

    /// `interface.method(args)` on the concrete `self_ty`: the user impl's
    /// method, else the built-in operation.
    #[allow(clippy::too_many_arguments)]
    pub fn trait_call(
        &mut self,
        b: &mut FnBuilder,
        interface: &str,
        method: &str,
        self_ty: &Type,
        type_args: Vec<Type>,
        args: Vec<Operand>,
        arg_types: &[Type],
        ret_ty: &Type,
        span: Span,
    ) -> Operand {
        let ret = super::types::value_kind(ret_ty);
        if (interface, method) == ("Into", "into") {
            // `x.into()` is the target's `From` conversion of `x`.
            if let Some(found) = self.user_conversion(self_ty, ret_ty) {
                let target = self.instance(found.func, found.impl_args, span);
                return b.temp(ret, Rvalue::Call(target, args));
            }
            return self.trait_call(b, "From", "from", ret_ty, type_args, args, arg_types, ret_ty, span);
        }
        if let Some(found) = self.user_method(interface, method, self_ty) {
            let mut all_args = found.impl_args;
            all_args.extend(type_args);
            let target = self.instance(found.func, all_args, span);
            return b.temp(ret, Rvalue::Call(target, args));
        }
        match self.builtin_method(b, interface, method, self_ty, args, arg_types, ret_ty, span) {
            Some(value) => value,
            None => {
                let what = format!(
                    "the method `{interface}.{method}` on `{}`",
                    self.type_text(self_ty)
                );
                self.unsupported(&what, span);
                Operand::Int(0)
            }
        }
    }

    /// The built-in (or derived) implementation of `interface.method` on
    /// `ty`, `None` when there is none.
    #[allow(clippy::too_many_arguments)]
    fn builtin_method(
        &mut self,
        b: &mut FnBuilder,
        interface: &str,
        method: &str,
        ty: &Type,
        mut args: Vec<Operand>,
        arg_types: &[Type],
        ret_ty: &Type,
        span: Span,
    ) -> Option<Operand> {
        let operator = |name: &str| match name {
            "add" => Some(hir::BinOp::Add),
            "sub" => Some(hir::BinOp::Sub),
            "mul" => Some(hir::BinOp::Mul),
            "div" => Some(hir::BinOp::Div),
            "mod" => Some(hir::BinOp::Rem),
            _ => None,
        };
        let value = match (interface, method, args.len()) {
            ("Display", "to_string", 1) => self.display_value(b, ty, args.remove(0), span),
            ("Debug", "inspect", 1) => self.inspect_value(b, ty, args.remove(0), span),
            ("Hash", "hash", 1) => self.hash_value(b, ty, args.remove(0), span),
            ("Eq", "eq", 2) => {
                let y = args.remove(1);
                self.eq_value(b, ty, args.remove(0), y, span)
            }
            ("Eq", "ne", 2) => {
                let y = args.remove(1);
                let equal = self.eq_value(b, ty, args.remove(0), y, span);
                b.temp(ValueKind::Bool, Rvalue::Unary(UnOp::Not, equal))
            }
            ("Ord", "lt", 2) => {
                let y = args.remove(1);
                let order = self.cmp_value(b, ty, args.remove(0), y, span);
                b.temp(
                    ValueKind::Bool,
                    Rvalue::Binary(BinOp::IntLt, order, Operand::Int(0)),
                )
            }
            ("Ord", "compare", 2) => {
                let y = args.remove(1);
                let order = self.cmp_value(b, ty, args.remove(0), y, span);
                self.ordering_value(b, order)
            }
            ("Add" | "Sub" | "Mul" | "Div" | "Mod", name, 2)
                if matches!(ty, Type::Int | Type::Float) && operator(name).is_some() =>
            {
                let y = args.remove(1);
                let op = operator(name)?;
                self.binary(b, op, ty, args.remove(0), y, span)
            }
            ("Neg", "neg", 1) => match ty {
                Type::Int => b.temp(ValueKind::Int, Rvalue::Unary(UnOp::IntNeg, args.remove(0))),
                Type::Float => b.temp(
                    ValueKind::Float,
                    Rvalue::Unary(UnOp::FloatNeg, args.remove(0)),
                ),
                _ => return None,
            },
            ("Not", "not", 1) if *ty == Type::Bool => {
                b.temp(ValueKind::Bool, Rvalue::Unary(UnOp::Not, args.remove(0)))
            }
            ("ToJson" | "Json", "to_json", 1) => self.json_of_value(b, ty, args.remove(0), span),
            ("FromJson" | "Json", "from_json", 1) => {
                let Type::Named(_, result_args) = ret_ty else {
                    return None;
                };
                let target = result_args.first()?.clone();
                self.decode_json_text(b, &target, args.remove(0), span)
            }
            ("FromRow" | "Row", "from_row", 1) => {
                let Type::Named(_, result_args) = ret_ty else {
                    return None;
                };
                let helper = self.helper(Helper::FromRow, result_args.first()?, span);
                b.temp(ValueKind::Ptr, Rvalue::Call(helper, args))
            }
            ("Default", "default", 0) => match ty {
                Type::Int => Operand::Int(0),
                Type::Float => Operand::Float(0.0),
                Type::Bool => Operand::Int(0),
                Type::String => self.string(""),
                _ => return None,
            },
            ("From", "from", 1) => match (ret_ty, arg_types.first()) {
                (Type::Float, Some(Type::Int)) => b.temp(
                    ValueKind::Float,
                    Rvalue::CallRuntime("mesh_int_to_float".into(), args),
                ),
                (Type::String, Some(from @ (Type::Int | Type::Float | Type::Bool))) => {
                    let from = from.clone();
                    self.display_value(b, &from, args.remove(0), span)
                }
                _ => return None,
            },
            _ => return None,
        };
        Some(value)
    }

    /// The `Ordering` value (`Less`, `Equal`, `Greater`) of an order `-1`,
    /// `0` or `1`.
    pub fn ordering_value(&mut self, b: &mut FnBuilder, order: Operand) -> Operand {
        let ordering = self.hir.well_known.ordering;
        let result = b.new_var(None, ValueKind::Ptr);
        let join = b.new_block();
        for (variant, order_value) in [(0u32, -1i64), (1, 0)] {
            let is_it = b.temp(
                ValueKind::Bool,
                Rvalue::Binary(BinOp::IntEq, order.clone(), Operand::Int(order_value)),
            );
            let next = b.new_block();
            let value = self.nullary_variant(ordering, variant);
            let here = b.new_block();
            b.terminate(Terminator::Branch {
                cond: is_it,
                then_block: here,
                else_block: next,
            });
            b.switch_to(here);
            b.assign(result, Rvalue::Use(value));
            b.terminate(Terminator::Goto(join));
            b.switch_to(next);
        }
        let greater = self.nullary_variant(ordering, 2);
        b.assign(result, Rvalue::Use(greater));
        b.terminate(Terminator::Goto(join));
        b.switch_to(join);
        Operand::Var(result)
    }
}
