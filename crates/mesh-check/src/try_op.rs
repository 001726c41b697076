//! The `?` operator (language.md §4.16) on `Result` and `Option`,
//! desugared into a `Case` whose failure arm returns from the innermost
//! function or closure: `e?` on a `Result<T, E>` is
//! `case e do Ok(x) -> x | Err(err) -> return Err(err) end` (likewise
//! `Some`/`None`). An operand of unknown type is assumed to be a `Result`.
//! E0037: the operand is neither; E0036: the enclosing return type cannot
//! receive the failure (including `main`, and an error type different
//! from the operand's without an `impl From<E1> for E2`, through which the
//! failure is converted: `return Err(E2.from(err))`).

use crate::checker::Checker;
use crate::hir;
use crate::locals::FnCtx;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

impl Checker<'_> {
    pub fn check_try(&mut self, ctx: &mut FnCtx, operand: &ast::Expr, span: Span) -> hir::Expr {
        let h = self.check_expr(ctx, operand);
        let (Some(option), Some(result)) = (self.table.nominal.option, self.table.nominal.result) else {
            return self.error_expr(span);
        };
        let mut ty = self.table.shallow(&h.ty);
        if self.table.is_error(&ty) {
            return self.error_expr(span);
        }
        if self.table.is_unbound_var(&ty) {
            let assumed = Type::Named(result, vec![self.table.fresh(), self.table.fresh()]);
            let _ = self.table.unify(&ty, &assumed);
            ty = assumed;
        }
        // (type id, success payload, failure payload if any)
        let (id, ok_ty, err_ty) = match &ty {
            Type::Named(id, args) if *id == result && args.len() == 2 => {
                (result, args[0].clone(), Some(args[1].clone()))
            }
            Type::Named(id, args) if *id == option && args.len() == 1 => (option, args[0].clone(), None),
            _ => {
                let shown = self.show(&ty, ctx.module);
                self.diags.push(Diagnostic::error(
                    codes::TRY_BAD_OPERAND,
                    format!("`?` operator requires `Result` or `Option`, found `{}`", shown),
                    operand.span,
                ));
                return self.error_expr(span);
            }
        };
        let ret = ctx.ret.clone();
        let wanted = match &err_ty {
            Some(e) => Type::Named(result, vec![self.table.fresh(), e.clone()]),
            None => Type::Named(option, vec![self.table.fresh()]),
        };
        // An error type with `impl From<E1> for E2` is converted (§4.16).
        let conversion = match (&err_ty, self.table.zonk(&ret)) {
            (Some(e), Type::Named(rid, rargs)) if rid == result && rargs.len() == 2 && !ctx.in_main => {
                let e = self.table.zonk(e);
                if e == rargs[1] {
                    None
                } else {
                    self.conversion_method(&e, &rargs[1]).map(|f| (f, rargs[1].clone()))
                }
            }
            _ => None,
        };
        let fits = conversion.is_some() || !ctx.in_main && {
            let r = self.table.shallow(&ret);
            let same_head = matches!(&r, Type::Named(i, _) if *i == id) || self.table.is_unbound_var(&r);
            same_head && self.table.unify(&ret, &wanted).is_ok()
        };
        if !fits {
            if !self.table.is_error(&ret) {
                let shown = if ctx.in_main {
                    "()".to_string()
                } else {
                    self.show(&ret, ctx.module)
                };
                self.diags.push(Diagnostic::error(
                    codes::TRY_BAD_RETURN,
                    format!(
                        "`?` operator requires function to return `Result` or `Option`, found `{}`",
                        shown
                    ),
                    span,
                ));
            }
            return self.error_expr(span);
        }
        let ok_local = ctx.add_local("_ok", ok_ty.clone());
        let local = |l, ty: &Type| hir::Expr {
            kind: hir::ExprKind::Local(l),
            ty: ty.clone(),
            span,
        };
        let bind = |l, ty: &Type| hir::Pattern {
            kind: hir::PatternKind::Bind(l),
            ty: ty.clone(),
            span,
        };
        let success = hir::Arm {
            pat: hir::Pattern {
                kind: hir::PatternKind::Variant {
                    ty: id,
                    variant: 0,
                    args: vec![bind(ok_local, &ok_ty)],
                },
                ty: ty.clone(),
                span,
            },
            guard: None,
            body: local(ok_local, &ok_ty),
        };
        let (fail_args, fail_pat_args) = match &err_ty {
            Some(e) => {
                let err_local = ctx.add_local("_err", e.clone());
                let converted = match conversion {
                    Some((from, target)) => hir::Expr {
                        kind: hir::ExprKind::Call {
                            callee: hir::Callee::Fn(from),
                            type_args: Vec::new(),
                            args: vec![local(err_local, e)],
                        },
                        ty: target,
                        span,
                    },
                    None => local(err_local, e),
                };
                (vec![converted], vec![bind(err_local, e)])
            }
            None => (Vec::new(), Vec::new()),
        };
        let failure = hir::Arm {
            pat: hir::Pattern {
                kind: hir::PatternKind::Variant {
                    ty: id,
                    variant: 1,
                    args: fail_pat_args,
                },
                ty: ty.clone(),
                span,
            },
            guard: None,
            body: hir::Expr {
                kind: hir::ExprKind::Return(Box::new(hir::Expr {
                    kind: hir::ExprKind::Construct {
                        ty: id,
                        variant: 1,
                        args: fail_args,
                    },
                    ty: ret,
                    span,
                })),
                ty: Type::Never,
                span,
            },
        };
        hir::Expr {
            kind: hir::ExprKind::Case {
                scrutinee: Box::new(h),
                arms: vec![success, failure],
            },
            ty: ok_ty,
            span,
        }
    }
}
