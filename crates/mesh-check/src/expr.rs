//! Expressions (language.md §4): literals, interpolation (`@to_string` for
//! `Display` types, `@inspect` for types with only `Debug`), names, operators
//! with their interface predicates (§6.5.3), `if`, `case`, `return`,
//! tuples and lists; constructs outside the supported subset get one E0100
//! (or their own code) and an error type that absorbs later mismatches.

use crate::checker::Checker;
use crate::function::value_span;
use crate::hir::{self, BinOp, UnOp};
use crate::infer::UnifyError;
use crate::locals::{FnCtx, PendingMatch};
use crate::predicates::Trait;
use crate::scope::Value;
use crate::suggest;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

impl Checker<'_> {
    pub fn error_expr(&mut self, span: Span) -> hir::Expr {
        hir::Expr {
            kind: hir::ExprKind::Unit,
            ty: self.table.error(),
            span,
        }
    }

    /// Unifies `found` with `expected`; on failure returns an E0001 (or
    /// E0002) diagnostic at `span`, with a help suggestion where one fits.
    pub fn mismatch(
        &mut self,
        module: usize,
        expected: &Type,
        found: &Type,
        span: Span,
    ) -> Option<Diagnostic> {
        match self.table.unify(expected, found) {
            Ok(()) => None,
            Err(UnifyError::Infinite) => Some(Diagnostic::error(
                codes::INFINITE_TYPE,
                format!(
                    "infinite type: `{}` would contain itself (`{}`)",
                    self.show(expected, module),
                    self.show(found, module)
                ),
                span,
            )),
            Err(UnifyError::Mismatch) => {
                let exp = self.table.zonk(expected);
                let fnd = self.table.zonk(found);
                let mut d = Diagnostic::error(
                    codes::TYPE_MISMATCH,
                    format!(
                        "expected `{}`, found `{}`",
                        self.show(&exp, module),
                        self.show(&fnd, module)
                    ),
                    span,
                );
                if let Some(h) = self.mismatch_help(&exp, &fnd) {
                    d = d.with_help(h);
                }
                Some(d)
            }
        }
    }

    fn mismatch_help(&self, expected: &Type, found: &Type) -> Option<String> {
        let n = &self.table.nominal;
        if let Type::Named(id, args) = expected {
            let inner_matches = args
                .first()
                .is_some_and(|a| a == found || matches!(a, Type::Var(_)));
            if Some(*id) == n.option && inner_matches {
                return Some("wrap in Some(...)".into());
            }
            if Some(*id) == n.result && inner_matches {
                return Some("wrap in Ok(...)".into());
            }
        }
        if *expected == Type::String && matches!(found, Type::Int | Type::Float | Type::Bool) {
            return Some("use to_string() or interpolation: \"${...}\"".into());
        }
        None
    }

    /// Reports the mismatch, if any.
    fn expect(&mut self, module: usize, expected: &Type, found: &hir::Expr) {
        if let Some(d) = self.mismatch(module, expected, &found.ty, value_span(found)) {
            self.diags.push(d);
        }
    }

    pub fn check_expr(&mut self, ctx: &mut FnCtx, e: &ast::Expr) -> hir::Expr {
        use ast::ExprKind as K;
        let span = e.span;
        let mk = |kind, ty| hir::Expr { kind, ty, span };
        match &e.kind {
            K::Int(n) => mk(hir::ExprKind::Int(*n), Type::Int),
            K::Float(f) => mk(hir::ExprKind::Float(*f), Type::Float),
            K::Bool(b) => mk(hir::ExprKind::Bool(*b), Type::Bool),
            K::Unit => mk(hir::ExprKind::Unit, Type::Unit),
            K::Atom(a) => mk(hir::ExprKind::Atom(a.clone()), Type::Atom),
            K::Str(parts) => self.check_string(ctx, parts, span),
            K::Ident(name) => self.check_name(ctx, name),
            K::Tuple(es) => match es.as_slice() {
                [] => mk(hir::ExprKind::Unit, Type::Unit),
                [one] => self.check_expr(ctx, one),
                _ => {
                    let hs: Vec<hir::Expr> = es.iter().map(|e| self.check_expr(ctx, e)).collect();
                    let ty = Type::Tuple(hs.iter().map(|h| h.ty.clone()).collect());
                    mk(hir::ExprKind::Tuple(hs), ty)
                }
            },
            K::List(es) => {
                let elem = self.table.fresh();
                let mut hs = Vec::new();
                for e in es {
                    let h = self.check_expr(ctx, e);
                    self.expect(ctx.module, &elem, &h);
                    hs.push(h);
                }
                mk(
                    hir::ExprKind::List(hs),
                    Type::Named(self.list_type, vec![elem]),
                )
            }
            K::Binary { op, lhs, rhs } => self.check_binary(ctx, *op, lhs, rhs, span),
            K::Unary { op, operand } => {
                let h = self.check_expr(ctx, operand);
                match op {
                    ast::UnOp::Neg => {
                        self.table.require(&h.ty, Trait::Neg, span);
                        let ty = self.operator_output(&h.ty, Trait::Neg).unwrap_or_else(|| h.ty.clone());
                        mk(
                            hir::ExprKind::Unary {
                                op: UnOp::Neg,
                                operand: Box::new(h),
                            },
                            ty,
                        )
                    }
                    ast::UnOp::Not => {
                        self.expect(ctx.module, &Type::Bool, &h);
                        mk(
                            hir::ExprKind::Unary {
                                op: UnOp::Not,
                                operand: Box::new(h),
                            },
                            Type::Bool,
                        )
                    }
                }
            }
            K::Pipe { lhs, rhs } => self.check_pipe(ctx, lhs, rhs, span),
            K::Call { callee, args } => self.check_call_expr(ctx, callee, args, span),
            K::Field { base, name } => self.check_field(ctx, base, name, span),
            K::If {
                branches,
                else_block,
            } => self.check_if(ctx, branches, else_block.as_ref(), span),
            K::Case { scrutinee, arms } => self.check_case(ctx, scrutinee, arms, span),
            K::Return(value) => {
                let v = match value {
                    Some(v) => self.check_expr(ctx, v),
                    None => mk(hir::ExprKind::Unit, Type::Unit),
                };
                let ret = ctx.ret.clone();
                if let Some(mut d) = self.mismatch(ctx.module, &ret, &v.ty, value_span(&v)) {
                    if let Some(a) = ctx.ret_annotation {
                        d = d.with_label(a, "expected because of the return type");
                    }
                    self.diags.push(d);
                }
                mk(hir::ExprKind::Return(Box::new(v)), Type::Never)
            }
            K::Index { .. } => {
                self.diags.push(Diagnostic::error(
                    codes::INDEXING,
                    "indexing with `[]` is not supported; use List.get / Map.get",
                    span,
                ));
                self.error_expr(span)
            }
            K::Break => self.check_jump(ctx, true, span),
            K::Continue => self.check_jump(ctx, false, span),
            K::Map(entries) => self.check_map_literal(ctx, entries, span),
            K::StructLit { name, fields } => self.check_struct_lit(ctx, name, fields, span),
            K::StructUpdate { base, fields } => self.check_struct_update(ctx, base, fields, span),
            K::Try(operand) => self.check_try(ctx, operand, span),
            K::Closure { clauses } => self.check_closure(ctx, clauses, span, None),
            K::For {
                pat,
                iter,
                filter,
                body,
            } => self.check_for(ctx, pat, iter, filter.as_deref(), body, span),
            K::While { cond, body } => self.check_while(ctx, cond, body, span),
            K::Spawn { callee, args } => self.check_spawn(ctx, callee, args, span),
            K::Send { target, message } => self.check_send(ctx, target, message, span),
            K::Receive { arms, after } => self.check_receive(ctx, arms, after.as_ref(), span),
            K::SelfPid => self.check_self_pid(ctx, span),
            K::Link(target) => self.check_link(ctx, target, span),
            K::Error => self.error_expr(span),
        }
    }

    /// A string literal; with interpolation a `StringConcat` whose
    /// non-`String` parts are wrapped in the prelude's `to_string`.
    fn check_string(&mut self, ctx: &mut FnCtx, parts: &[ast::StrPart], span: Span) -> hir::Expr {
        let str_expr = |s: &str| hir::Expr {
            kind: hir::ExprKind::Str(s.to_string()),
            ty: Type::String,
            span,
        };
        match parts {
            [] => return str_expr(""),
            [ast::StrPart::Text(t)] => return str_expr(t),
            _ => {}
        }
        let mut pieces = Vec::new();
        for p in parts {
            match p {
                ast::StrPart::Text(t) => pieces.push(str_expr(t)),
                ast::StrPart::Interp(e) => {
                    let h = self.check_expr(ctx, e);
                    if self.table.shallow(&h.ty) == Type::String {
                        pieces.push(h);
                        continue;
                    }
                    if let Some(inspect) = self.debug_only(&h.ty) {
                        self.table.require(&h.ty, Trait::Debug, h.span);
                        pieces.push(hir::Expr {
                            span: h.span,
                            ty: Type::String,
                            kind: hir::ExprKind::Call {
                                callee: hir::Callee::Extern(inspect),
                                type_args: vec![h.ty.clone()],
                                args: vec![h],
                            },
                        });
                        continue;
                    }
                    self.table.require(&h.ty, Trait::Display, h.span);
                    let Some(to_string) = self.to_string_extern else {
                        self.unsupported(
                            "interpolation without the prelude's `to_string` is",
                            h.span,
                        );
                        continue;
                    };
                    pieces.push(hir::Expr {
                        span: h.span,
                        ty: Type::String,
                        kind: hir::ExprKind::Call {
                            callee: hir::Callee::Extern(to_string),
                            type_args: vec![h.ty.clone()],
                            args: vec![h],
                        },
                    });
                }
            }
        }
        hir::Expr {
            kind: hir::ExprKind::StringConcat(pieces),
            ty: Type::String,
            span,
        }
    }

    /// The prelude's `inspect` when `ty` is a struct or sum type with
    /// `Debug` but without `Display` (interpolation uses it, §4.17).
    fn debug_only(&self, ty: &Type) -> Option<hir::ExternId> {
        let Type::Named(id, _) = self.table.shallow(ty) else {
            return None;
        };
        let n = &self.table.nominal;
        if Some(id) == n.option || Some(id) == n.result {
            return None;
        }
        if !matches!(
            self.types[id.0 as usize].kind,
            hir::TypeDefKind::Struct { .. } | hir::TypeDefKind::Sum { .. }
        ) {
            return None;
        }
        let derived = self.table.nominal.derived.get(id.0 as usize)?;
        let has = |tr: Trait| derived.contains(&tr) || n.user_impls.contains(&(id, tr));
        if has(Trait::Display) || !has(Trait::Debug) {
            return None;
        }
        self.inspect_extern
    }

    fn check_name(&mut self, ctx: &mut FnCtx, name: &ast::Name) -> hir::Expr {
        let span = name.span;
        if let Some((local, scheme)) = ctx.lookup(&name.text) {
            return self.local_value(ctx, local, &scheme, span);
        }
        if let Some(id) = ctx.nested_fn(&name.text) {
            return self.value_expr(ctx, Value::Fn(id), span);
        }
        match self.lookup_value(ctx.module, &name.text, span) {
            Ok(Some(v)) => self.value_expr(ctx, v, span),
            Ok(None) => {
                self.undefined(ctx, name);
                self.error_expr(span)
            }
            Err(()) => self.error_expr(span),
        }
    }

    pub fn fresh_type_args(&mut self, ty: hir::TypeId) -> Vec<Type> {
        let n = self.types[ty.0 as usize].params.len();
        (0..n).map(|_| self.table.fresh()).collect()
    }

    /// The field types of a variant, in terms of the type's `params`.
    pub fn variant_fields(&self, ty: hir::TypeId, variant: u32) -> Vec<Type> {
        match &self.types[ty.0 as usize].kind {
            hir::TypeDefKind::Sum { variants } => variants
                .get(variant as usize)
                .map(|v| v.fields.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// E0004 with a "did you mean" suggestion.
    pub fn undefined(&mut self, ctx: &FnCtx, name: &ast::Name) {
        if self.misused_supervisor(ctx.module, name) {
            return;
        }
        let mut candidates = ctx.visible_names();
        candidates.extend(self.visible_value_names(ctx.module));
        let mut d = Diagnostic::error(
            codes::UNDEFINED,
            format!("undefined variable: {}", name.text),
            name.span,
        );
        if let Some(s) = suggest::closest(&name.text, candidates.iter().map(|s| s.as_str())) {
            d = d.with_help(format!("did you mean `{}`?", s));
        }
        self.diags.push(d);
    }

    /// `Q.name` outside a call: a module member or variant used as a value
    /// (a zero-parameter stdlib binding is called: `Math.pi`), else a field
    /// access.
    fn check_field(
        &mut self,
        ctx: &mut FnCtx,
        base: &ast::Expr,
        name: &ast::Name,
        span: Span,
    ) -> hir::Expr {
        if let ast::ExprKind::Ident(q) = &base.kind {
            if ctx.lookup(&q.text).is_none() {
                return match self
                    .lookup_qualified(ctx.module, &q.text, q.span, &name.text, name.span)
                {
                    Ok(Some(Value::Extern(id))) if self.is_stdlib_constant(id) => {
                        self.call_known(ctx, Value::Extern(id), Vec::new(), span)
                    }
                    Ok(Some(v)) => self.value_expr(ctx, v, span),
                    Ok(None) => {
                        self.unknown_qualifier(ctx, q);
                        self.error_expr(span)
                    }
                    Err(()) => self.error_expr(span),
                };
            }
        }
        let b = self.check_expr(ctx, base);
        self.check_field_access(ctx, b, name, span)
    }

    /// A zero-parameter runtime binding of a standard-library module: its
    /// qualified name without parentheses denotes its result (`Math.pi`).
    fn is_stdlib_constant(&self, id: hir::ExternId) -> bool {
        let e = &self.externs[id.0 as usize].hir;
        e.params.is_empty()
            && self
                .scopes
                .iter()
                .any(|s| s.origin == crate::Origin::Stdlib && s.name == e.module && s.name != "Prelude")
    }

    /// `Q.x` where `Q` names nothing.
    pub fn unknown_qualifier(&mut self, ctx: &FnCtx, q: &ast::Name) {
        if q.text.starts_with(|c: char| c.is_lowercase()) {
            self.undefined(ctx, q);
            return;
        }
        let mut d = Diagnostic::error(
            codes::UNDEFINED,
            format!("undefined variable: {}", q.text),
            q.span,
        );
        if let Some(full) = self.is_user_module_last_segment(&q.text) {
            d = d.with_help(format!("add `import {}` to use qualified names", full));
        }
        self.diags.push(d);
    }

    fn check_binary(
        &mut self,
        ctx: &mut FnCtx,
        op: ast::BinOp,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        span: Span,
    ) -> hir::Expr {
        use ast::BinOp as A;
        if op == A::Range {
            return self.range_value(ctx, lhs, rhs, span);
        }
        let l = self.check_expr(ctx, lhs);
        let r = self.check_expr(ctx, rhs);
        let (hop, ty) = match op {
            A::And | A::Or => {
                self.expect(ctx.module, &Type::Bool, &l);
                self.expect(ctx.module, &Type::Bool, &r);
                (
                    if op == A::And { BinOp::And } else { BinOp::Or },
                    Type::Bool,
                )
            }
            _ => {
                let lt = l.ty.clone();
                self.expect(ctx.module, &lt, &r);
                let (hop, tr) = match op {
                    A::Add => (BinOp::Add, Trait::Add),
                    A::Sub => (BinOp::Sub, Trait::Sub),
                    A::Mul => (BinOp::Mul, Trait::Mul),
                    A::Div => (BinOp::Div, Trait::Div),
                    A::Rem => (BinOp::Rem, Trait::Mod),
                    A::Eq => (BinOp::Eq, Trait::Eq),
                    A::Ne => (BinOp::Ne, Trait::Eq),
                    A::Lt => (BinOp::Lt, Trait::Ord),
                    A::Gt => (BinOp::Gt, Trait::Ord),
                    A::Le => (BinOp::Le, Trait::Ord),
                    A::Ge => (BinOp::Ge, Trait::Ord),
                    _ => (BinOp::Concat, Trait::Concat),
                };
                self.table.require(&lt, tr, span);
                let ty = if matches!(tr, Trait::Eq | Trait::Ord) {
                    Type::Bool
                } else {
                    self.operator_output(&lt, tr).unwrap_or(lt)
                };
                (hop, ty)
            }
        };
        hir::Expr {
            kind: hir::ExprKind::Binary {
                op: hop,
                lhs: Box::new(l),
                rhs: Box::new(r),
            },
            ty,
            span,
        }
    }

    fn check_if(
        &mut self,
        ctx: &mut FnCtx,
        branches: &[(ast::Expr, ast::Block)],
        else_block: Option<&ast::Block>,
        span: Span,
    ) -> hir::Expr {
        let result = if else_block.is_some() {
            self.table.fresh()
        } else {
            Type::Unit
        };
        let mut first: Option<(Span, Type)> = None;
        let mut checked = Vec::new();
        for (cond, block) in branches {
            let c = self.check_expr(ctx, cond);
            self.expect(ctx.module, &Type::Bool, &c);
            let b = self.check_block(ctx, block);
            let b = if else_block.is_some() {
                self.unify_branch(ctx.module, &result, &b, &mut first);
                b
            } else {
                discard(b)
            };
            checked.push((c, b));
        }
        let mut acc = match else_block {
            Some(block) => {
                let b = self.check_block(ctx, block);
                self.unify_branch(ctx.module, &result, &b, &mut first);
                b
            }
            None => hir::Expr {
                kind: hir::ExprKind::Unit,
                ty: Type::Unit,
                span,
            },
        };
        for (c, b) in checked.into_iter().rev() {
            let sp = c.span.to(acc.span);
            acc = hir::Expr {
                kind: hir::ExprKind::If {
                    cond: Box::new(c),
                    then_branch: Box::new(b),
                    else_branch: Box::new(acc),
                },
                ty: result.clone(),
                span: sp,
            };
        }
        acc.span = span;
        acc
    }

    /// Unifies one branch with the `if`'s type; a mismatch points at both
    /// this branch and the first one.
    fn unify_branch(
        &mut self,
        module: usize,
        result: &Type,
        branch: &hir::Expr,
        first: &mut Option<(Span, Type)>,
    ) {
        let sp = value_span(branch);
        if let Some(mut d) = self.mismatch(module, result, &branch.ty, sp) {
            if let Some((fs, ft)) = first {
                let shown = self.show(ft, module);
                d = d.with_label(*fs, format!("this branch has type `{}`", shown));
            }
            self.diags
                .push(d.with_primary_label("branches of an `if` must have the same type"));
        }
        if first.is_none() && self.table.shallow(&branch.ty) != Type::Never {
            *first = Some((sp, branch.ty.clone()));
        }
    }

    fn check_case(
        &mut self,
        ctx: &mut FnCtx,
        scrutinee: &ast::Expr,
        arms: &[ast::Arm],
        span: Span,
    ) -> hir::Expr {
        let s = self.check_expr(ctx, scrutinee);
        let result = self.table.fresh();
        let mut first: Option<(Span, Type)> = None;
        let mut harms = Vec::new();
        let mut covers = Vec::new();
        let mut pattern_errors = false;
        for arm in arms {
            ctx.push_scope();
            let errors_before = self.error_count();
            let mut bound = Vec::new();
            let pat = self.check_pattern(ctx, &arm.pat, &s.ty, &mut bound);
            pattern_errors |= self.error_count() != errors_before;
            covers.push(arm.guard.is_none());
            let guard = arm.guard.as_ref().map(|g| self.check_guard(ctx, g));
            let body = self.check_block(ctx, &arm.body);
            ctx.pop_scope();
            let sp = value_span(&body);
            if let Some(mut d) = self.mismatch(ctx.module, &result, &body.ty, sp) {
                if let Some((fs, ft)) = &first {
                    let shown = self.show(ft, ctx.module);
                    d = d.with_label(*fs, format!("the first arm has type `{}`", shown));
                }
                self.diags
                    .push(d.with_primary_label("arms of a `case` must have the same type"));
            }
            if first.is_none() && self.table.shallow(&body.ty) != Type::Never {
                first = Some((sp, body.ty.clone()));
            }
            harms.push(hir::Arm { pat, guard, body });
        }
        // A match with an erroneous pattern is not analysed (no cascades).
        if !pattern_errors {
            ctx.matches.push(PendingMatch {
                scrutinee_ty: s.ty.clone(),
                arms: harms
                    .iter()
                    .zip(covers)
                    .map(|(a, c)| (a.pat.clone(), c))
                    .collect(),
                span,
                clauses_of: None,
            });
        }
        hir::Expr {
            kind: hir::ExprKind::Case {
                scrutinee: Box::new(s),
                arms: harms,
            },
            ty: result,
            span,
        }
    }
}

/// `b` evaluated for its effect, as a `()` block (a then-branch of an `if`
/// without `else`, a self-call not in tail position).
pub(crate) fn discard(b: hir::Expr) -> hir::Expr {
    let span = b.span;
    hir::Expr {
        kind: hir::ExprKind::Block {
            stmts: vec![hir::Stmt::Expr(b)],
            value: Box::new(hir::Expr {
                kind: hir::ExprKind::Unit,
                ty: Type::Unit,
                span,
            }),
        },
        ty: Type::Unit,
        span,
    }
}
