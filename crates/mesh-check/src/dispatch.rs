//! Static dispatch of the built-in interfaces to user impls (language.md
//! §3.7.3): once a function's types are final, an operator or a
//! `to_string`/`inspect`/`hash` call whose operand has a concrete type with a user
//! `impl Add`/`Eq`/`Ord`/`Display`/... becomes a direct call of the impl's
//! method. `!=` is `not eq`, `a > b` is `b.lt(a)` (operands passed in that
//! order), `a <= b` is `not b.lt(a)`, `a >= b` is `not a.lt(b)`. Operands
//! whose type is a type parameter stay `Binary` (the lowering picks the
//! impl per instance). The placeholders of deferred method calls
//! (`deferred.rs`) become their resolved calls here.

use crate::checker::Checker;
use crate::finalize;
use crate::hir::{self, BinOp, Callee, ExprKind, FnId, UnOp};
use crate::types::Type;

impl Checker<'_> {
    /// Rewrites every dispatchable operator and call in `f`.
    pub fn dispatch_user_impls(&self, f: &mut hir::Function) {
        self.dispatch_expr(&mut f.body);
    }

    fn dispatch_expr(&self, e: &mut hir::Expr) {
        finalize::for_each_child_expr(e, &mut |c| self.dispatch_expr(c));
        let placeholder = ExprKind::Unit;
        let kind = std::mem::replace(&mut e.kind, placeholder);
        let rewritten = match self.resolve_placeholder(kind, &e.ty, e.span) {
            ExprKind::Binary { op, lhs, rhs } => self.binary(op, *lhs, *rhs, e),
            ExprKind::Unary { op: UnOp::Neg, operand } => match self.user_method(&operand.ty, "Neg", "neg") {
                Some(f) => call(f, vec![*operand]),
                None => ExprKind::Unary { op: UnOp::Neg, operand },
            },
            ExprKind::Call {
                callee: Callee::Extern(x),
                type_args,
                args,
            } => {
                let (interface, method) = match self.externs[x.0 as usize].hir.symbol.as_str() {
                    "@to_string" => ("Display", "to_string"),
                    "@inspect" => ("Debug", "inspect"),
                    "@hash" => ("Hash", "hash"),
                    _ => ("", ""),
                };
                match args.first().and_then(|a| self.user_method(&a.ty, interface, method)) {
                    Some(f) if args.len() == 1 => call(f, args),
                    _ => ExprKind::Call {
                        callee: Callee::Extern(x),
                        type_args,
                        args,
                    },
                }
            }
            other => other,
        };
        e.kind = rewritten;
    }

    fn binary(&self, op: BinOp, lhs: hir::Expr, rhs: hir::Expr, whole: &hir::Expr) -> ExprKind {
        // (interface, method, operands swapped, result negated)
        let (interface, method, swap, negate) = match op {
            BinOp::Add => ("Add", "add", false, false),
            BinOp::Sub => ("Sub", "sub", false, false),
            BinOp::Mul => ("Mul", "mul", false, false),
            BinOp::Div => ("Div", "div", false, false),
            BinOp::Rem => ("Mod", "mod", false, false),
            BinOp::Eq => ("Eq", "eq", false, false),
            BinOp::Ne => ("Eq", "eq", false, true),
            BinOp::Lt => ("Ord", "lt", false, false),
            BinOp::Gt => ("Ord", "lt", true, false),
            BinOp::Le => ("Ord", "lt", true, true),
            BinOp::Ge => ("Ord", "lt", false, true),
            BinOp::And | BinOp::Or | BinOp::Concat => ("", "", false, false),
        };
        let Some(f) = self.user_method(&lhs.ty, interface, method) else {
            return ExprKind::Binary {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
            };
        };
        let args = if swap { vec![rhs, lhs] } else { vec![lhs, rhs] };
        let direct = call(f, args);
        if !negate {
            return direct;
        }
        ExprKind::Unary {
            op: UnOp::Not,
            operand: Box::new(hir::Expr {
                kind: direct,
                ty: Type::Bool,
                span: whole.span,
            }),
        }
    }

    /// The method of a user impl of the built-in `interface` for the
    /// concrete type `ty`.
    fn user_method(&self, ty: &Type, interface: &str, method: &str) -> Option<FnId> {
        if matches!(ty, Type::Var(_)) || interface.is_empty() {
            return None;
        }
        self.impls
            .iter()
            .find(|i| i.info.interface == interface && i.info.for_type == *ty)
            .and_then(|i| i.info.methods.iter().find(|(n, _)| n == method))
            .map(|(_, f)| *f)
    }
}

fn call(f: FnId, args: Vec<hir::Expr>) -> ExprKind {
    ExprKind::Call {
        callee: Callee::Fn(f),
        type_args: Vec::new(),
        args,
    }
}
