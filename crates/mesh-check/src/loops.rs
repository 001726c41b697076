//! Loops (language.md §4.14): `while` (type `()`), `for pat in source
//! [when filter]` over a range, `List`, `Map` (a single name binds the
//! key, `{k, v}` both) or `Set`, with the `List` of the body's values as
//! its value; `break`/`continue` only inside a loop of the same function
//! or closure (E0032/E0033). A source whose type is still unknown is
//! assumed to be a `List`. An `Iter<T>` is pulled one item per iteration
//! (`Iter.next`, `ForSource::Pull`), so its adapters' closures run
//! interleaved with the body and `break` stops pulling (stdlib.md §11); a
//! value of a type with a user `impl Iterable` is iterated through its
//! `iter()`, and one with a user `impl Iterator` is pulled through its
//! `next` until it returns `None` (§3.7.3).

use crate::call::ArgSrc;
use crate::checker::Checker;
use crate::scope::Value;
use crate::hir::{self, ForSource};
use crate::locals::FnCtx;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// The kind of collection a `for` walks.
enum SourceKind {
    Range,
    List,
    Map,
    Set,
    /// `next` (an `Option<T>` reading `local`, which holds the iterator) is
    /// evaluated before every iteration.
    Pull { local: hir::LocalId, next: Box<hir::Expr> },
}

impl Checker<'_> {
    pub fn check_while(&mut self, ctx: &mut FnCtx, cond: &ast::Expr, body: &ast::Block, span: Span) -> hir::Expr {
        let c = self.check_expr(ctx, cond);
        if let Some(d) = self.mismatch(ctx.module, &Type::Bool, &c.ty, crate::function::value_span(&c)) {
            self.diags.push(d);
        }
        ctx.loop_depth += 1;
        let b = self.check_block(ctx, body);
        ctx.loop_depth -= 1;
        hir::Expr {
            kind: hir::ExprKind::While {
                cond: Box::new(c),
                body: Box::new(b),
            },
            ty: Type::Unit,
            span,
        }
    }

    pub fn check_for(
        &mut self,
        ctx: &mut FnCtx,
        pat: &ast::Pattern,
        iter: &ast::Expr,
        filter: Option<&ast::Expr>,
        body: &ast::Block,
        span: Span,
    ) -> hir::Expr {
        let (source_expr, kind, elem) = match &iter.kind {
            ast::ExprKind::Binary {
                op: ast::BinOp::Range,
                lhs,
                rhs,
            } => (self.range_value(ctx, lhs, rhs, iter.span), Some(SourceKind::Range), Type::Int),
            _ => {
                let e = self.check_expr(ctx, iter);
                self.iterable_source(ctx, e, iter.span, 0)
            }
        };
        ctx.push_scope();
        let mut bound = Vec::new();
        let hpat = match (&kind, &pat.kind, &elem) {
            (
                Some(SourceKind::Map),
                ast::PatternKind::Bind(_) | ast::PatternKind::Wildcard,
                Type::Tuple(kv),
            ) if kv.len() == 2 => {
                let key = self.check_pattern(ctx, pat, &kv[0], &mut bound);
                let rest = hir::Pattern {
                    kind: hir::PatternKind::Wildcard,
                    ty: kv[1].clone(),
                    span: pat.span,
                };
                hir::Pattern {
                    kind: hir::PatternKind::Tuple(vec![key, rest]),
                    ty: elem.clone(),
                    span: pat.span,
                }
            }
            _ => self.check_pattern(ctx, pat, &elem, &mut bound),
        };
        if !self.is_irrefutable(&hpat) {
            self.diags.push(
                Diagnostic::error(codes::REFUTABLE_LET, "refutable pattern in `for`", pat.span)
                    .with_help("use a name, `_` or a tuple of them"),
            );
        }
        ctx.loop_depth += 1;
        let f = filter.map(|g| {
            let h = self.check_expr(ctx, g);
            if let Some(d) = self.mismatch(ctx.module, &Type::Bool, &h.ty, crate::function::value_span(&h)) {
                self.diags.push(d);
            }
            Box::new(h)
        });
        let b = self.check_block(ctx, body);
        ctx.loop_depth -= 1;
        ctx.pop_scope();
        let ty = Type::Named(self.list_type, vec![b.ty.clone()]);
        let source = Box::new(source_expr);
        let source = match kind {
            Some(SourceKind::Range) => ForSource::Range(source),
            Some(SourceKind::List) => ForSource::List(source),
            Some(SourceKind::Map) => ForSource::Map(source),
            Some(SourceKind::Set) => ForSource::Set(source),
            Some(SourceKind::Pull { local, next }) => ForSource::Pull {
                iterator: source,
                local,
                next,
            },
            None => return self.error_expr(span),
        };
        hir::Expr {
            kind: hir::ExprKind::For {
                pat: hpat,
                source,
                filter: f,
                body: Box::new(b),
            },
            ty,
            span,
        }
    }

    /// The collection a `for` walks for the value `e`: `e` itself (a
    /// `List`, `Map`, `Set` or `Range`), an `Iter<T>` or a value of a type
    /// with a user `impl Iterator` (pulled with `Iter.next` or the impl's
    /// `next`), or, for a type with a user `impl Iterable`, the collection
    /// of `e.iter()`. `depth` counts the `iter()` calls made.
    fn iterable_source(
        &mut self,
        ctx: &mut FnCtx,
        e: hir::Expr,
        span: Span,
        depth: u32,
    ) -> (hir::Expr, Option<SourceKind>, Type) {
        let t = self.table.shallow(&e.ty);
        if let Type::Named(id, _) = &t {
            let def = &self.types[id.0 as usize];
            let builtin = matches!(def.kind, hir::TypeDefKind::Builtin) && def.module == "Prelude";
            if builtin && def.name == "Iter" {
                if let Some(next) = self.stdlib_value("Iter", "next") {
                    return self.pull_source(ctx, e, next, span);
                }
            }
        }
        if !self.table.is_unbound_var(&t) && !self.table.is_error(&t) {
            let method = |i: &crate::impls::ImplEntry, interface: &str, name: &str| {
                if i.info.interface != interface || !crate::impls::same_head(&i.info.for_type, &t) {
                    return None;
                }
                i.info.methods.iter().find(|(n, _)| n == name).map(|(_, f)| *f)
            };
            let iterable = self.impls.iter().find_map(|i| method(i, "Iterable", "iter"));
            if let (Some(f), 0) = (iterable, depth) {
                let inner = self.call_known(ctx, Value::Fn(f), vec![ArgSrc::Checked(e)], span);
                return self.iterable_source(ctx, inner, span, depth + 1);
            }
            if let Some(f) = self.impls.iter().find_map(|i| method(i, "Iterator", "next")) {
                return self.pull_source(ctx, e, Value::Fn(f), span);
            }
        }
        let (kind, elem) = self.iteration(ctx, &t, span);
        (e, kind, elem)
    }

    /// The pulling source for the iterator `e`: `next` is called on it
    /// before every iteration and must return an `Option<T>`; yields `T`.
    fn pull_source(
        &mut self,
        ctx: &mut FnCtx,
        e: hir::Expr,
        next: Value,
        span: Span,
    ) -> (hir::Expr, Option<SourceKind>, Type) {
        let local = ctx.add_local("_iter", e.ty.clone());
        let reader = hir::Expr {
            kind: hir::ExprKind::Local(local),
            ty: e.ty.clone(),
            span,
        };
        let pulled = self.call_known(ctx, next, vec![ArgSrc::Checked(reader)], span);
        let Some(option) = self.table.nominal.option else {
            return (e, None, self.table.error());
        };
        let elem = self.table.fresh();
        let option = Type::Named(option, vec![elem.clone()]);
        if let Some(d) = self.mismatch(ctx.module, &option, &pulled.ty, span) {
            self.diags.push(d);
            return (e, None, self.table.error());
        }
        let kind = SourceKind::Pull {
            local,
            next: Box::new(pulled),
        };
        (e, Some(kind), elem)
    }

    /// What iterating a value of type `ty` yields; `None` (reported) when
    /// it is not iterable.
    fn iteration(&mut self, ctx: &FnCtx, ty: &Type, span: Span) -> (Option<SourceKind>, Type) {
        let t = self.table.shallow(ty);
        if self.table.is_error(&t) {
            return (None, self.table.error());
        }
        if let Type::Named(id, args) = &t {
            let def = &self.types[id.0 as usize];
            if matches!(def.kind, hir::TypeDefKind::Builtin) && def.module == "Prelude" {
                let arg = |i: usize| args.get(i).cloned().unwrap_or(Type::Unit);
                match def.name.as_str() {
                    "List" => return (Some(SourceKind::List), arg(0)),
                    "Set" => return (Some(SourceKind::Set), arg(0)),
                    "Map" => return (Some(SourceKind::Map), Type::Tuple(vec![arg(0), arg(1)])),
                    "Range" => return (Some(SourceKind::Range), Type::Int),
                    _ => {}
                }
            }
        }
        if self.table.is_unbound_var(&t) {
            // Still unknown: assumed to be a list.
            let elem = self.table.fresh();
            let _ = self.table.unify(&t, &Type::Named(self.list_type, vec![elem.clone()]));
            return (Some(SourceKind::List), elem);
        } else {
            let shown = self.show(&t, ctx.module);
            self.diags.push(Diagnostic::error(
                codes::NOT_IMPLEMENTED_TRAIT,
                format!("`{}` does not implement `Iterable`", shown),
                span,
            ));
        }
        (None, self.table.error())
    }

    /// `break` / `continue`.
    pub fn check_jump(&mut self, ctx: &FnCtx, is_break: bool, span: Span) -> hir::Expr {
        if ctx.loop_depth == 0 {
            let (code, msg) = if is_break {
                (codes::BREAK_OUTSIDE_LOOP, "`break` outside of loop")
            } else {
                (codes::CONTINUE_OUTSIDE_LOOP, "`continue` outside of loop")
            };
            self.diags.push(Diagnostic::error(code, msg, span));
            return self.error_expr(span);
        }
        hir::Expr {
            kind: if is_break {
                hir::ExprKind::Break
            } else {
                hir::ExprKind::Continue
            },
            ty: Type::Never,
            span,
        }
    }
}
