//! Functions as values (language.md §4.13, §3.1.6, §3.4.2): closures in
//! every form (one or more clauses, pattern parameters, guards) with their
//! captures, named functions (`FnRef`), runtime bindings (`ExternRef`, or
//! a wrapping `Lambda` for compiler-implemented `@` bindings) and
//! constructors with fields (a wrapping `Lambda`) used as values, nested
//! named functions (a `Lambda` bound to a local; a recursive one becomes a
//! function of its own) and calls of function values (`CallValue`).
//!
//! A closure has its own return type (for `return` and `?`) and loop depth
//! (`break`/`continue` do not cross it); its captures are the enclosing
//! function's locals that its body reads.

use crate::checker::{Checker, FnSig};
use crate::function::value_span;
use crate::hir::{self, LocalId};
use crate::let_closures::PolyClosure;
use crate::locals::{FnCtx, PendingMatch};
use crate::scope::Value;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// A clause of a closure or nested function.
pub struct ClauseView<'e> {
    /// The name of a nested function (`None` for a closure).
    pub name: Option<&'e str>,
    pub params: &'e [ast::Param],
    pub guard: Option<&'e ast::Expr>,
    pub body: BodyView<'e>,
    pub span: Span,
}

pub enum BodyView<'e> {
    Block(&'e ast::Block),
    Expr(&'e ast::Expr),
}

impl Checker<'_> {
    /// `fn ... end`; `expected` is the function type the context wants, if
    /// known (it types the parameters before the body is checked).
    pub fn check_closure(
        &mut self,
        ctx: &mut FnCtx,
        clauses: &[ast::ClosureClause],
        span: Span,
        expected: Option<&Type>,
    ) -> hir::Expr {
        let views: Vec<ClauseView> = clauses
            .iter()
            .map(|c| ClauseView {
                name: None,
                params: &c.params,
                guard: c.guard.as_ref(),
                body: BodyView::Block(&c.body),
                span: c.span,
            })
            .collect();
        self.check_lambda(ctx, &views, None, span, expected)
    }

    /// The lambda made of `clauses`; `ret_annotation` is a declared return type.
    fn check_lambda(
        &mut self,
        ctx: &mut FnCtx,
        clauses: &[ClauseView],
        ret_annotation: Option<&ast::TypeExpr>,
        span: Span,
        expected: Option<&Type>,
    ) -> hir::Expr {
        let Some(first) = clauses.first() else {
            return self.error_expr(span);
        };
        let arity = first.params.len();
        for c in &clauses[1..] {
            if c.params.len() != arity {
                self.diags.push(Diagnostic::error(
                    codes::CLAUSE_ARITY,
                    format!(
                        "all clauses of a closure must take the same number of parameters: expected {}, found {}",
                        arity,
                        c.params.len()
                    ),
                    c.span,
                ));
                return self.error_expr(span);
            }
        }
        let param_tys: Vec<Type> = (0..arity).map(|_| self.table.fresh()).collect();
        let ret = self.table.fresh();
        if let Some(exp) = expected {
            let shape = Type::Fun(param_tys.clone(), Box::new(ret.clone()));
            // A mismatch is reported by the caller against the whole closure.
            let _ = self.table.unify(exp, &shape);
        }
        let generics = ctx.generics.clone();
        if let Some(t) = ret_annotation {
            let ann = self.resolve_type(ctx.module, &generics, t);
            if let Some(d) = self.mismatch(ctx.module, &ret, &ann, t.span) {
                self.diags.push(d);
            }
        }
        let saved_ret = std::mem::replace(&mut ctx.ret, ret.clone());
        let saved_ann = std::mem::replace(&mut ctx.ret_annotation, ret_annotation.map(|t| t.span));
        let saved_loops = std::mem::replace(&mut ctx.loop_depth, 0);
        let saved_main = std::mem::replace(&mut ctx.in_main, false);
        let boundary = ctx.locals.len() as u32;
        ctx.push_scope();

        let simple = clauses.len() == 1
            && first.guard.is_none()
            && first.params.iter().all(|p| {
                matches!(p.pat.kind, ast::PatternKind::Bind(_) | ast::PatternKind::Wildcard)
            });
        let mut params = Vec::new();
        let body = if simple {
            for (p, ty) in first.params.iter().zip(&param_tys) {
                self.param_annotation(ctx, p, ty);
            }
            params = self.bind_plain_params(ctx, first.params, &param_tys);
            self.check_clause_body(ctx, &first.body, &ret)
        } else {
            for (i, ty) in param_tys.iter().enumerate() {
                params.push(ctx.add_local(&format!("arg{}", i), ty.clone()));
            }
            self.lambda_clauses(ctx, clauses, &params, &param_tys, &ret, span)
        };

        ctx.pop_scope();
        ctx.ret = saved_ret;
        ctx.ret_annotation = saved_ann;
        ctx.loop_depth = saved_loops;
        ctx.in_main = saved_main;
        let mut captures = Vec::new();
        collect_captures(&body, boundary, &mut captures);
        hir::Expr {
            kind: hir::ExprKind::Lambda {
                params,
                captures,
                body: Box::new(body),
            },
            ty: Type::Fun(param_tys, Box::new(ret)),
            span,
        }
    }

    fn param_annotation(&mut self, ctx: &mut FnCtx, p: &ast::Param, ty: &Type) {
        if let Some(t) = &p.ty {
            let generics = ctx.generics.clone();
            let ann = self.resolve_type(ctx.module, &generics, t);
            if let Some(d) = self.mismatch(ctx.module, ty, &ann, t.span) {
                self.diags.push(d);
            }
        }
    }

    fn check_clause_body(&mut self, ctx: &mut FnCtx, body: &BodyView, ret: &Type) -> hir::Expr {
        let e = match body {
            BodyView::Block(b) => self.check_block(ctx, b),
            BodyView::Expr(e) => self.check_expr(ctx, e),
        };
        if let Some(mut d) = self.mismatch(ctx.module, ret, &e.ty, value_span(&e)) {
            if let Some(a) = ctx.ret_annotation {
                d = d.with_label(a, "expected because of the return type");
            }
            self.diags.push(d);
        }
        e
    }

    /// Several clauses (or pattern parameters, or a guard): a `case` over
    /// the parameters; no matching clause panics.
    fn lambda_clauses(
        &mut self,
        ctx: &mut FnCtx,
        clauses: &[ClauseView],
        params: &[LocalId],
        param_tys: &[Type],
        ret: &Type,
        span: Span,
    ) -> hir::Expr {
        let locals: Vec<hir::Expr> = params
            .iter()
            .zip(param_tys)
            .map(|(l, t)| hir::Expr {
                kind: hir::ExprKind::Local(*l),
                ty: t.clone(),
                span,
            })
            .collect();
        let (scrutinee, scrutinee_ty) = match locals.len() {
            0 => (
                hir::Expr {
                    kind: hir::ExprKind::Unit,
                    ty: Type::Unit,
                    span,
                },
                Type::Unit,
            ),
            1 => (locals[0].clone(), param_tys[0].clone()),
            _ => {
                let ty = Type::Tuple(param_tys.to_vec());
                (
                    hir::Expr {
                        kind: hir::ExprKind::Tuple(locals),
                        ty: ty.clone(),
                        span,
                    },
                    ty,
                )
            }
        };
        let mut arms = Vec::new();
        let mut covers = Vec::new();
        let mut pattern_errors = false;
        for clause in clauses {
            let errors_before = self.error_count();
            ctx.push_scope();
            let mut bound = Vec::new();
            let mut pats = Vec::new();
            for (p, ty) in clause.params.iter().zip(param_tys) {
                self.param_annotation(ctx, p, ty);
                pats.push(self.check_pattern(ctx, &p.pat, ty, &mut bound));
            }
            let pat = match pats.len() {
                1 => pats.remove(0),
                0 => hir::Pattern {
                    kind: hir::PatternKind::Wildcard,
                    ty: Type::Unit,
                    span: clause.span,
                },
                _ => hir::Pattern {
                    kind: hir::PatternKind::Tuple(pats),
                    ty: scrutinee_ty.clone(),
                    span: clause.span,
                },
            };
            pattern_errors |= self.error_count() != errors_before;
            covers.push(clause.guard.is_none());
            let guard = clause.guard.map(|g| self.check_guard(ctx, g));
            let body = self.check_clause_body(ctx, &clause.body, ret);
            ctx.pop_scope();
            arms.push(hir::Arm { pat, guard, body });
        }
        if !pattern_errors {
            ctx.matches.push(PendingMatch {
                scrutinee_ty,
                arms: arms
                    .iter()
                    .zip(covers)
                    .map(|(a, c)| (a.pat.clone(), c))
                    .collect(),
                span,
                clauses_of: Some(format!(
                    "{}/{}",
                    clauses.first().and_then(|c| c.name).unwrap_or("fn"),
                    params.len()
                )),
            });
        }
        hir::Expr {
            kind: hir::ExprKind::Case {
                scrutinee: Box::new(scrutinee),
                arms,
            },
            ty: ret.clone(),
            span,
        }
    }

    /// `fn name(...) ... end` inside a block, with the clauses `defs` (of
    /// the same name and arity, language.md §3.1.4), visible from the next
    /// statement. A non-recursive one is a lambda bound to a local
    /// (generalised like a `let`); a recursive one is lifted into a
    /// function of its own (function.rs `lift_nested_fn`).
    pub fn check_nested_fn(&mut self, ctx: &mut FnCtx, defs: &[&ast::FnDef], stmts: &mut Vec<hir::Stmt>) {
        let def = defs[0];
        for later in &defs[1..] {
            self.warn_non_first_clause(later);
        }
        self.check_catch_all_clauses(&def.name.text, defs);
        let mut recursive = false;
        for d in defs {
            crate::deps::visit_fn(d, &mut |n| recursive |= n == def.name.text);
        }
        if recursive {
            self.lift_nested_fn(ctx, defs);
            return;
        }
        let saved_generics = ctx.generics.clone();
        for g in &def.generics {
            let v = self.table.fresh();
            ctx.generics.push((g.text.clone(), v));
        }
        let views: Vec<ClauseView> = defs
            .iter()
            .map(|d| ClauseView {
                name: Some(d.name.text.as_str()),
                params: d.params.as_deref().unwrap_or(&[]),
                guard: d.guard.as_ref(),
                body: match &d.body {
                    ast::FnBody::Block(b) => BodyView::Block(b),
                    ast::FnBody::Expr(e) => BodyView::Expr(e),
                },
                span: d.span,
            })
            .collect();
        self.table.level += 1;
        let first_local = ctx.locals.len() as u32;
        let lambda = self.check_lambda(ctx, &views, def.ret.as_ref(), def.span, None);
        let own_locals = first_local..ctx.locals.len() as u32;
        self.table.level -= 1;
        ctx.generics = saved_generics;
        let ty = lambda.ty.clone();
        let scheme = self.table.generalize_let_with_preds(&ty);
        let local = ctx.add_local(&def.name.text, ty.clone());
        ctx.bind(&def.name.text, local, scheme.clone());
        if !scheme.preds.is_empty() {
            ctx.poly_closures.push(PolyClosure {
                local,
                lambda,
                locals: own_locals,
            });
            return;
        }
        stmts.push(hir::Stmt::Let {
            pat: hir::Pattern {
                kind: hir::PatternKind::Bind(local),
                ty,
                span: def.name.span,
            },
            value: lambda,
        });
    }

    /// A resolved top-level name used as a value (not called).
    pub fn value_expr(&mut self, ctx: &mut FnCtx, v: Value, span: Span) -> hir::Expr {
        match v {
            Value::Ctor(ty, variant) => {
                let type_args = self.fresh_type_args(ty);
                let vars = self.types[ty.0 as usize].params.clone();
                let fields: Vec<Type> = self
                    .variant_fields(ty, variant)
                    .iter()
                    .map(|f| f.substitute(&vars, &type_args))
                    .collect();
                let result = Type::Named(ty, type_args);
                if fields.is_empty() {
                    return hir::Expr {
                        kind: hir::ExprKind::Construct {
                            ty,
                            variant,
                            args: vec![],
                        },
                        ty: result,
                        span,
                    };
                }
                let (params, args) = self.wrapper_params(ctx, &fields, span);
                let body = hir::Expr {
                    kind: hir::ExprKind::Construct { ty, variant, args },
                    ty: result.clone(),
                    span,
                };
                wrapper(params, fields, result, body, span)
            }
            Value::Fn(id) if self.misused_actor(ctx, id, false, span) => self.error_expr(span),
            Value::Fn(id) => {
                let (ty, type_args) = match self.fns[id.0 as usize].sig.clone() {
                    FnSig::Done(scheme) => self.table.instantiate(&scheme, span),
                    FnSig::Pending { params, ret } => (Type::Fun(params, Box::new(ret)), Vec::new()),
                    FnSig::Unstarted => return self.error_expr(span),
                };
                hir::Expr {
                    kind: hir::ExprKind::FnRef { func: id, type_args },
                    ty,
                    span,
                }
            }
            Value::Extern(id) => {
                let scheme = self.externs[id.0 as usize].scheme.clone();
                let (ty, type_args) = self.table.instantiate(&scheme, span);
                if !self.externs[id.0 as usize].hir.symbol.starts_with('@') {
                    return hir::Expr {
                        kind: hir::ExprKind::ExternRef { func: id, type_args },
                        ty,
                        span,
                    };
                }
                let Type::Fun(ps, r) = ty else {
                    return self.error_expr(span);
                };
                let (params, args) = self.wrapper_params(ctx, &ps, span);
                let body = hir::Expr {
                    kind: hir::ExprKind::Call {
                        callee: hir::Callee::Extern(id),
                        type_args,
                        args,
                    },
                    ty: (*r).clone(),
                    span,
                };
                wrapper(params, ps, *r, body, span)
            }
        }
    }

    /// Fresh parameter locals of the given types and expressions reading them.
    pub(crate) fn wrapper_params(&mut self, ctx: &mut FnCtx, tys: &[Type], span: Span) -> (Vec<LocalId>, Vec<hir::Expr>) {
        tys.iter()
            .enumerate()
            .map(|(i, t)| {
                let l = ctx.add_local(&format!("_arg{}", i), t.clone());
                (
                    l,
                    hir::Expr {
                        kind: hir::ExprKind::Local(l),
                        ty: t.clone(),
                        span,
                    },
                )
            })
            .unzip()
    }

    /// A call of the function value `callee` with already-resolved arguments
    /// still to check (`ArgSrc`).
    pub fn call_value(
        &mut self,
        ctx: &mut FnCtx,
        callee: hir::Expr,
        args: Vec<crate::call::ArgSrc>,
        span: Span,
    ) -> hir::Expr {
        let fty = self.table.shallow(&callee.ty);
        let shape = match &fty {
            _ if self.table.is_error(&fty) => None,
            Type::Fun(ps, r) => Some((ps.clone(), (**r).clone())),
            Type::Var(_) if self.table.is_unbound_var(&fty) => {
                let ps: Vec<Type> = args.iter().map(|_| self.table.fresh()).collect();
                let r = self.table.fresh();
                let _ = self.table.unify(&fty, &Type::Fun(ps.clone(), Box::new(r.clone())));
                Some((ps, r))
            }
            _ => {
                let shown = self.show(&fty, ctx.module);
                self.diags.push(Diagnostic::error(
                    codes::NOT_A_FUNCTION,
                    format!("`{}` is not a function", shown),
                    callee.span,
                ));
                None
            }
        };
        let Some((params, ret)) = shape else {
            self.skip_args(ctx, args);
            return self.error_expr(span);
        };
        let Some(hargs) = self.check_args(ctx, args, &params, span) else {
            return self.error_expr(span);
        };
        hir::Expr {
            kind: hir::ExprKind::CallValue {
                callee: Box::new(callee),
                args: hargs,
            },
            ty: ret,
            span,
        }
    }
}

fn wrapper(params: Vec<LocalId>, tys: Vec<Type>, ret: Type, body: hir::Expr, span: Span) -> hir::Expr {
    hir::Expr {
        kind: hir::ExprKind::Lambda {
            params,
            captures: Vec::new(),
            body: Box::new(body),
        },
        ty: Type::Fun(tys, Box::new(ret)),
        span,
    }
}

/// The locals below `boundary` (bound outside the lambda) that `e` reads,
/// in order of first use.
pub(crate) fn collect_captures(e: &hir::Expr, boundary: u32, out: &mut Vec<LocalId>) {
    let add = |l: LocalId, out: &mut Vec<LocalId>| {
        if l.0 < boundary && !out.contains(&l) {
            out.push(l);
        }
    };
    match &e.kind {
        hir::ExprKind::Local(l) => add(*l, out),
        hir::ExprKind::Lambda { captures, .. } => {
            for c in captures {
                add(*c, out);
            }
            return;
        }
        _ => {}
    }
    let mut e = e.clone();
    crate::finalize::for_each_child_expr(&mut e, &mut |c| collect_captures(c, boundary, out));
}
