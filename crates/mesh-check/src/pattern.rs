//! Patterns (language.md §5.1-5.2): wildcards, bindings (always new,
//! monomorphic), literals including negative numbers, `nil`/`()`, tuples,
//! constructor patterns (`Some(x)`, `Shape.Circle(r)`), cons `h :: t`,
//! list patterns `[]` and `[a, b]`,
//! or-patterns (every alternative binds the same names, E0011; they share
//! the first alternative's locals) and `p as name`, unified with the
//! scrutinee's type.

use crate::checker::Checker;
use crate::hir::{self, PatternKind};
use crate::infer::Scheme;
use crate::locals::FnCtx;
use crate::scope::Value;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic};

impl Checker<'_> {
    /// Checks `p` against `expected`, binding its variables in the current
    /// scope; `bound` collects the names bound so far in this pattern.
    pub fn check_pattern(
        &mut self,
        ctx: &mut FnCtx,
        p: &ast::Pattern,
        expected: &Type,
        bound: &mut Vec<String>,
    ) -> hir::Pattern {
        let span = p.span;
        let mk = |kind, ty: &Type| hir::Pattern {
            kind,
            ty: ty.clone(),
            span,
        };
        let wildcard = mk(PatternKind::Wildcard, expected);
        match &p.kind {
            ast::PatternKind::Wildcard => wildcard,
            ast::PatternKind::Bind(name) => {
                if bound.contains(&name.text) {
                    self.diags.push(Diagnostic::error(
                        codes::DUPLICATE_NAME,
                        format!("`{}` is bound more than once in this pattern", name.text),
                        name.span,
                    ));
                }
                bound.push(name.text.clone());
                let local = ctx.add_local(&name.text, expected.clone());
                ctx.bind(&name.text, local, Scheme::mono(expected.clone()));
                mk(PatternKind::Bind(local), expected)
            }
            ast::PatternKind::Lit(lit) => {
                let (kind, ty) = match lit {
                    ast::LitPattern::Int(n) => (PatternKind::Int(*n), Type::Int),
                    ast::LitPattern::Float(f) => (PatternKind::Float(*f), Type::Float),
                    ast::LitPattern::Str(s) => (PatternKind::Str(s.clone()), Type::String),
                    ast::LitPattern::Bool(b) => (PatternKind::Bool(*b), Type::Bool),
                    ast::LitPattern::Nil => (PatternKind::Unit, Type::Unit),
                };
                if let Some(d) = self.mismatch(ctx.module, expected, &ty, span) {
                    self.diags.push(d);
                }
                mk(kind, expected)
            }
            ast::PatternKind::Tuple(ps) => match ps.as_slice() {
                [] => {
                    if let Some(d) = self.mismatch(ctx.module, expected, &Type::Unit, span) {
                        self.diags.push(d);
                    }
                    mk(PatternKind::Unit, expected)
                }
                [one] => self.check_pattern(ctx, one, expected, bound),
                _ => {
                    let elems: Vec<Type> = ps.iter().map(|_| self.table.fresh()).collect();
                    if let Some(d) =
                        self.mismatch(ctx.module, expected, &Type::Tuple(elems.clone()), span)
                    {
                        self.diags.push(d);
                    }
                    let hs = ps
                        .iter()
                        .zip(&elems)
                        .map(|(p, t)| self.check_pattern(ctx, p, t, bound))
                        .collect();
                    mk(PatternKind::Tuple(hs), expected)
                }
            },
            ast::PatternKind::Constructor { path, args } => {
                let Some((ty, variant)) = self.resolve_variant(ctx, path) else {
                    for a in args.iter().flatten() {
                        let t = self.table.error();
                        let _ = self.check_pattern(ctx, a, &t, bound);
                    }
                    return wildcard;
                };
                let type_args = self.fresh_type_args(ty);
                let vars = self.types[ty.0 as usize].params.clone();
                let fields: Vec<Type> = self
                    .variant_fields(ty, variant)
                    .iter()
                    .map(|f| f.substitute(&vars, &type_args))
                    .collect();
                if let Some(d) =
                    self.mismatch(ctx.module, expected, &Type::Named(ty, type_args), span)
                {
                    self.diags.push(d);
                }
                let sub = args.as_deref().unwrap_or(&[]);
                if sub.len() != fields.len() {
                    self.diags.push(Diagnostic::error(
                        codes::ARITY,
                        format!("expected {} argument(s), found {}", fields.len(), sub.len()),
                        span,
                    ));
                    for a in sub {
                        let t = self.table.error();
                        let _ = self.check_pattern(ctx, a, &t, bound);
                    }
                    return wildcard;
                }
                let hs = sub
                    .iter()
                    .zip(&fields)
                    .map(|(p, t)| self.check_pattern(ctx, p, t, bound))
                    .collect();
                mk(
                    PatternKind::Variant {
                        ty,
                        variant,
                        args: hs,
                    },
                    expected,
                )
            }
            ast::PatternKind::Cons { head, tail } => {
                let elem = self.table.fresh();
                let list = Type::Named(self.list_type, vec![elem.clone()]);
                if let Some(d) = self.mismatch(ctx.module, expected, &list, span) {
                    self.diags.push(d);
                }
                let h = self.check_pattern(ctx, head, &elem, bound);
                let t = self.check_pattern(ctx, tail, &list, bound);
                mk(
                    PatternKind::Cons {
                        head: Box::new(h),
                        tail: Box::new(t),
                    },
                    expected,
                )
            }
            ast::PatternKind::Or(alts) => self.check_or_pattern(ctx, alts, expected, bound, span),
            ast::PatternKind::List(ps) => {
                let elem = self.table.fresh();
                let list = Type::Named(self.list_type, vec![elem.clone()]);
                if let Some(d) = self.mismatch(ctx.module, expected, &list, span) {
                    self.diags.push(d);
                }
                let hs = ps
                    .iter()
                    .map(|p| self.check_pattern(ctx, p, &elem, bound))
                    .collect();
                mk(PatternKind::List(hs), expected)
            }
            ast::PatternKind::As { pat, name } => {
                let inner = self.check_pattern(ctx, pat, expected, bound);
                if bound.contains(&name.text) {
                    self.diags.push(Diagnostic::error(
                        codes::DUPLICATE_NAME,
                        format!("`{}` is bound more than once in this pattern", name.text),
                        name.span,
                    ));
                }
                bound.push(name.text.clone());
                let local = ctx.add_local(&name.text, expected.clone());
                ctx.bind(&name.text, local, Scheme::mono(expected.clone()));
                mk(
                    PatternKind::As {
                        pat: Box::new(inner),
                        local,
                    },
                    expected,
                )
            }
        }
    }

    /// `p1 | p2 | ...`: the later alternatives' bindings are renamed to the
    /// first one's locals.
    fn check_or_pattern(
        &mut self,
        ctx: &mut FnCtx,
        alts: &[ast::Pattern],
        expected: &Type,
        bound: &mut Vec<String>,
        span: mesh_syntax::Span,
    ) -> hir::Pattern {
        let mut first: Vec<(String, hir::LocalId)> = Vec::new();
        let mut hs = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            let mut names = Vec::new();
            let mut h = self.check_pattern(ctx, alt, expected, &mut names);
            let mut locals = Vec::new();
            for n in &names {
                if let Some((l, _)) = ctx.lookup(n) {
                    locals.push((n.clone(), l));
                }
            }
            if i == 0 {
                first = locals;
            } else {
                let mut a: Vec<&String> = first.iter().map(|(n, _)| n).collect();
                let mut b: Vec<&String> = locals.iter().map(|(n, _)| n).collect();
                a.sort();
                b.sort();
                if a != b {
                    self.diags.push(Diagnostic::error(
                        codes::OR_PATTERN_BINDINGS,
                        "or-pattern binding mismatch: every alternative must bind the same names",
                        span,
                    ));
                } else {
                    let renames: Vec<(hir::LocalId, hir::LocalId)> = locals
                        .iter()
                        .filter_map(|(n, l)| first.iter().find(|(m, _)| m == n).map(|(_, f)| (*l, *f)))
                        .collect();
                    for (from, to) in &renames {
                        let (ft, tt) = (
                            ctx.locals[from.0 as usize].ty.clone(),
                            ctx.locals[to.0 as usize].ty.clone(),
                        );
                        if let Some(d) = self.mismatch(ctx.module, &tt, &ft, alt.span) {
                            self.diags.push(d);
                        }
                    }
                    rename_locals(&mut h, &renames);
                }
            }
            hs.push(h);
        }
        for (n, l) in &first {
            if bound.contains(n) {
                self.diags.push(Diagnostic::error(
                    codes::DUPLICATE_NAME,
                    format!("`{}` is bound more than once in this pattern", n),
                    span,
                ));
            }
            bound.push(n.clone());
            let ty = ctx.locals[l.0 as usize].ty.clone();
            ctx.bind(n, *l, Scheme::mono(ty));
        }
        hir::Pattern {
            kind: PatternKind::Or(hs),
            ty: expected.clone(),
            span,
        }
    }

    /// `Variant` or `Type.Variant` in a pattern (E0010 when unknown).
    fn resolve_variant(&mut self, ctx: &FnCtx, path: &[ast::Name]) -> Option<(hir::TypeId, u32)> {
        let found = match path {
            [name] => self
                .lookup_value(ctx.module, &name.text, name.span)
                .map_err(|_| true),
            [q, name] => self
                .lookup_qualified(ctx.module, &q.text, q.span, &name.text, name.span)
                .map_err(|_| true),
            _ => Err(false),
        };
        match found {
            Ok(Some(Value::Ctor(t, v))) => Some((t, v)),
            Err(true) => None,
            _ => {
                let text = path
                    .iter()
                    .map(|n| n.text.as_str())
                    .collect::<Vec<_>>()
                    .join(".");
                let span = match (path.first(), path.last()) {
                    (Some(a), Some(b)) => a.span.to(b.span),
                    _ => return None,
                };
                self.diags.push(Diagnostic::error(
                    codes::UNKNOWN_VARIANT,
                    format!("unknown variant `{}`", text),
                    span,
                ));
                None
            }
        }
    }
}

/// Replaces the bound locals of `p` per `renames` (`from`, `to`).
fn rename_locals(p: &mut hir::Pattern, renames: &[(hir::LocalId, hir::LocalId)]) {
    let rename = |l: &mut hir::LocalId| {
        if let Some((_, to)) = renames.iter().find(|(from, _)| from == l) {
            *l = *to;
        }
    };
    match &mut p.kind {
        PatternKind::Bind(l) => rename(l),
        PatternKind::As { pat, local } => {
            rename(local);
            rename_locals(pat, renames);
        }
        PatternKind::Tuple(ps)
        | PatternKind::List(ps)
        | PatternKind::Or(ps)
        | PatternKind::Variant { args: ps, .. } => {
            ps.iter_mut().for_each(|p| rename_locals(p, renames))
        }
        PatternKind::Cons { head, tail } => {
            rename_locals(head, renames);
            rename_locals(tail, renames);
        }
        PatternKind::Wildcard
        | PatternKind::Int(_)
        | PatternKind::Float(_)
        | PatternKind::Str(_)
        | PatternKind::Bool(_)
        | PatternKind::Unit => {}
    }
}
