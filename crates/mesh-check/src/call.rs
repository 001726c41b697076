//! Calls (language.md §4.5-4.6): the callee is resolved and instantiated
//! first, then each argument is checked in order and unified with its
//! parameter (§6.5.4). Pipes are calls with the piped value first. Direct
//! calls of functions, runtime bindings and constructors only: calling a
//! value of function type is E0100 (the HIR has no indirect call).

use crate::checker::{Checker, FnSig};
use crate::hir::{self, Callee};
use crate::locals::FnCtx;
use crate::scope::Value;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// A call argument: already checked (the piped value) or still to check.
pub enum ArgSrc<'e> {
    Checked(hir::Expr),
    Ast(&'e ast::Expr),
}

/// What a resolved call builds.
enum Head {
    Call(Callee, Vec<Type>),
    Construct(hir::TypeId, u32),
}

enum Target {
    Value(Value),
    /// Reported already, or not callable.
    Error,
}

impl Checker<'_> {
    pub fn check_call_expr(
        &mut self,
        ctx: &mut FnCtx,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> hir::Expr {
        if let Some(name) = args.iter().find_map(|a| a.name.as_ref()) {
            self.unsupported("keyword arguments are", name.span);
        }
        let args = args.iter().map(|a| ArgSrc::Ast(&a.value)).collect();
        self.check_call(ctx, callee, args, span)
    }

    pub fn check_pipe(
        &mut self,
        ctx: &mut FnCtx,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        span: Span,
    ) -> hir::Expr {
        let piped = self.check_expr(ctx, lhs);
        match &rhs.kind {
            ast::ExprKind::Call { callee, args } => {
                if let Some(name) = args.iter().find_map(|a| a.name.as_ref()) {
                    self.unsupported("keyword arguments are", name.span);
                }
                let mut all = vec![ArgSrc::Checked(piped)];
                all.extend(args.iter().map(|a| ArgSrc::Ast(&a.value)));
                self.check_call(ctx, callee, all, span)
            }
            ast::ExprKind::Ident(_) | ast::ExprKind::Field { .. } => {
                self.check_call(ctx, rhs, vec![ArgSrc::Checked(piped)], span)
            }
            _ => {
                let h = self.check_expr(ctx, rhs);
                self.call_of_value(ctx, &h.ty, rhs.span);
                self.error_expr(span)
            }
        }
    }

    fn resolve_callee(&mut self, ctx: &mut FnCtx, callee: &ast::Expr) -> Target {
        match &callee.kind {
            ast::ExprKind::Ident(name) => {
                if let Some((_, scheme)) = ctx.lookup(&name.text) {
                    self.call_of_value(ctx, &scheme.ty, callee.span);
                    return Target::Error;
                }
                match self.lookup_value(ctx.module, &name.text, name.span) {
                    Ok(Some(v)) => Target::Value(v),
                    Ok(None) => {
                        self.undefined(ctx, name);
                        Target::Error
                    }
                    Err(()) => Target::Error,
                }
            }
            ast::ExprKind::Field { base, name } => {
                if let ast::ExprKind::Ident(q) = &base.kind {
                    if ctx.lookup(&q.text).is_none() {
                        return match self
                            .lookup_qualified(ctx.module, &q.text, q.span, &name.text, name.span)
                        {
                            Ok(Some(v)) => Target::Value(v),
                            Ok(None) => {
                                self.unknown_qualifier(ctx, q);
                                Target::Error
                            }
                            Err(()) => Target::Error,
                        };
                    }
                }
                self.unsupported("method calls are", callee.span);
                Target::Error
            }
            _ => {
                let h = self.check_expr(ctx, callee);
                self.call_of_value(ctx, &h.ty, callee.span);
                Target::Error
            }
        }
    }

    /// A call whose callee is a value: E0005 unless it may be a function,
    /// which the HIR cannot call yet (E0100).
    fn call_of_value(&mut self, ctx: &FnCtx, ty: &Type, span: Span) {
        let resolved = self.table.shallow(ty);
        if self.table.is_error(&resolved) {
            return;
        }
        if matches!(resolved, Type::Fun(..) | Type::Var(_)) {
            self.unsupported("calling a function value is", span);
        } else {
            let shown = self.show(&resolved, ctx.module);
            self.diags.push(Diagnostic::error(
                codes::NOT_A_FUNCTION,
                format!("`{}` is not a function", shown),
                span,
            ));
        }
    }

    fn check_call(
        &mut self,
        ctx: &mut FnCtx,
        callee: &ast::Expr,
        args: Vec<ArgSrc>,
        span: Span,
    ) -> hir::Expr {
        let target = self.resolve_callee(ctx, callee);
        // (parameter types, result type, head) of the instantiated target.
        let resolved = match target {
            Target::Value(Value::Fn(id)) => match self.fns[id.0 as usize].sig.clone() {
                FnSig::Done(scheme) => {
                    let (ty, type_args) = self.table.instantiate(&scheme, span);
                    split_fun(ty).map(|(ps, r)| (ps, r, Head::Call(Callee::Fn(id), type_args)))
                }
                FnSig::Pending { params, ret } => {
                    Some((params, ret, Head::Call(Callee::Fn(id), Vec::new())))
                }
                FnSig::Unstarted => None,
            },
            Target::Value(Value::Extern(id)) => {
                let scheme = self.externs[id.0 as usize].scheme.clone();
                let (ty, type_args) = self.table.instantiate(&scheme, span);
                split_fun(ty).map(|(ps, r)| (ps, r, Head::Call(Callee::Extern(id), type_args)))
            }
            Target::Value(Value::Ctor(ty, variant)) => {
                let type_args = self.fresh_type_args(ty);
                let vars = self.types[ty.0 as usize].params.clone();
                let params = self
                    .variant_fields(ty, variant)
                    .iter()
                    .map(|f| f.substitute(&vars, &type_args))
                    .collect();
                Some((
                    params,
                    Type::Named(ty, type_args),
                    Head::Construct(ty, variant),
                ))
            }
            Target::Error => None,
        };
        let Some((params, ret, head)) = resolved else {
            for a in args {
                if let ArgSrc::Ast(e) = a {
                    let _ = self.check_expr(ctx, e);
                }
            }
            return self.error_expr(span);
        };
        if params.len() != args.len() {
            self.diags.push(Diagnostic::error(
                codes::ARITY,
                format!(
                    "expected {} argument(s), found {}",
                    params.len(),
                    args.len()
                ),
                span,
            ));
            for a in args {
                if let ArgSrc::Ast(e) = a {
                    let _ = self.check_expr(ctx, e);
                }
            }
            return self.error_expr(span);
        }
        let mut hargs = Vec::new();
        for (a, p) in args.into_iter().zip(&params) {
            let h = match a {
                ArgSrc::Checked(h) => h,
                ArgSrc::Ast(e) => self.check_expr(ctx, e),
            };
            if let Some(d) = self.mismatch(ctx.module, p, &h.ty, crate::function::value_span(&h)) {
                self.diags.push(d);
            }
            hargs.push(h);
        }
        let kind = match head {
            Head::Call(callee, type_args) => hir::ExprKind::Call {
                callee,
                type_args,
                args: hargs,
            },
            Head::Construct(ty, variant) => hir::ExprKind::Construct {
                ty,
                variant,
                args: hargs,
            },
        };
        hir::Expr {
            kind,
            ty: ret,
            span,
        }
    }
}

fn split_fun(ty: Type) -> Option<(Vec<Type>, Type)> {
    match ty {
        Type::Fun(ps, r) => Some((ps, *r)),
        _ => None,
    }
}
