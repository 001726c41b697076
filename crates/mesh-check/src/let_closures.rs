//! `let`-bound closures whose type variables carry predicates, generalised
//! like functions (language.md §6.5.1: every `let` is generalised), e.g.
//! `let show = fn x -> "${x}" end` used at `Int` and at `String`. The code
//! of such a closure depends on the types (the Display of `x`), so the
//! `let` binds nothing at run time: each use of the name is a copy of the
//! closure at the use's instance of its type, with fresh locals for the
//! ones the closure binds itself (its captures stay shared).

use crate::checker::Checker;
use crate::finalize;
use crate::hir::{self, LocalId};
use crate::infer::Scheme;
use crate::locals::FnCtx;
use crate::types::Type;
use mesh_syntax::Span;
use std::ops::Range;

/// A closure bound by `let` and generalised with predicates.
pub struct PolyClosure {
    pub local: LocalId,
    pub lambda: hir::Expr,
    /// The locals the closure binds (its parameters and the locals of its
    /// body).
    pub locals: Range<u32>,
}

impl Checker<'_> {
    /// The value of the local `local` (of type `scheme`) used at `span`.
    pub fn local_value(
        &mut self,
        ctx: &mut FnCtx,
        local: LocalId,
        scheme: &Scheme,
        span: Span,
    ) -> hir::Expr {
        if let Some(wrapper) = self.capturing_fn_value(ctx, local, span) {
            return wrapper;
        }
        let (ty, args) = self.table.instantiate(scheme, span);
        let Some(closure) = ctx.poly_closures.iter().find(|c| c.local == local) else {
            return hir::Expr {
                kind: hir::ExprKind::Local(local),
                ty,
                span,
            };
        };
        let (mut copy, range) = (closure.lambda.clone(), closure.locals.clone());
        let table = &self.table;
        let instance = |t: &Type| table.zonk(t).substitute(&scheme.vars, &args);
        let base = ctx.locals.len() as u32;
        for l in range.clone() {
            let original = &ctx.locals[l as usize];
            let (name, local_ty) = (original.name.clone(), instance(&original.ty));
            ctx.add_local(&name, local_ty);
        }
        finalize::for_each_expr_type(&mut copy, &mut |t| *t = instance(t));
        remap_locals(&mut copy, &|l| {
            if range.contains(&l.0) {
                LocalId(l.0 - range.start + base)
            } else {
                l
            }
        });
        copy.ty = ty;
        copy
    }
}

fn remap_locals(e: &mut hir::Expr, map: &dyn Fn(LocalId) -> LocalId) {
    match &mut e.kind {
        hir::ExprKind::Local(l) => *l = map(*l),
        hir::ExprKind::Lambda {
            params, captures, ..
        } => {
            for l in params.iter_mut().chain(captures.iter_mut()) {
                *l = map(*l);
            }
        }
        _ => {}
    }
    finalize::for_each_child_pattern(e, &mut |p| remap_pattern_locals(p, map));
    finalize::for_each_child_expr(e, &mut |c| remap_locals(c, map));
}

fn remap_pattern_locals(p: &mut hir::Pattern, map: &dyn Fn(LocalId) -> LocalId) {
    use hir::PatternKind as P;
    match &mut p.kind {
        P::Bind(l) => *l = map(*l),
        P::As { pat, local } => {
            *local = map(*local);
            remap_pattern_locals(pat, map);
        }
        P::Tuple(ps) | P::Variant { args: ps, .. } | P::List(ps) | P::Or(ps) => {
            ps.iter_mut().for_each(|p| remap_pattern_locals(p, map))
        }
        P::Cons { head, tail } => {
            remap_pattern_locals(head, map);
            remap_pattern_locals(tail, map);
        }
        P::Wildcard | P::Int(_) | P::Float(_) | P::Str(_) | P::Bool(_) | P::Unit => {}
    }
}
