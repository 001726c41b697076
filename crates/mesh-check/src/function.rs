//! Top-level functions: a group (strongly connected component) is inferred
//! together with monomorphic types, then generalised (language.md §6.5.1);
//! leftover variables are defaulted (§6.5.3); multi-clause functions and
//! pattern parameters become a `case` over the parameters (§3.1.3-3.1.4);
//! blocks and `let` statements (§3.2, §4.2); recursive nested functions
//! become functions of their own, generalised at their definition unless
//! they call a function of the group being inferred (then they join it).

use crate::capturing_fns::CapturingFn;
use crate::checker::{Checker, FnSig};
use crate::display;
use crate::exhaustive;
use crate::finalize;
use crate::hir::{self, FnId};
use crate::infer::Scheme;
use crate::let_closures::PolyClosure;
use crate::locals::{FnCtx, PendingMatch};
use crate::types::{TyVar, Type};
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// A recursive nested function checked as a function of its own (it reads
/// no local of the enclosing function), awaiting its group's end.
pub struct LiftedFn {
    id: FnId,
    pre: PreSig,
    function: hir::Function,
    matches: Vec<PendingMatch>,
}

/// What is known of a function before its body is checked.
struct PreSig {
    generics: Vec<(String, Type)>,
    generic_spans: Vec<Span>,
    params: Vec<Type>,
    ret: Type,
    ret_annotation: Option<Span>,
}

impl Checker<'_> {
    /// Binds a clause's plain parameters (names or `_`, as `simple` clauses
    /// have) to new locals of the body, with their types; a name bound twice
    /// is reported (E0105).
    pub(crate) fn bind_plain_params(
        &mut self,
        ctx: &mut FnCtx,
        params: &[ast::Param],
        tys: &[Type],
    ) -> Vec<hir::LocalId> {
        let mut seen: Vec<&str> = Vec::new();
        let mut locals = Vec::new();
        for (p, ty) in params.iter().zip(tys) {
            let name = match &p.pat.kind {
                ast::PatternKind::Bind(n) => n.text.as_str(),
                _ => "_",
            };
            if name != "_" && seen.contains(&name) {
                self.diags.push(Diagnostic::error(
                    codes::DUPLICATE_NAME,
                    format!("`{}` is bound more than once in this parameter list", name),
                    p.pat.span,
                ));
            }
            seen.push(name);
            let local = ctx.add_local(name, ty.clone());
            if name != "_" {
                ctx.bind(name, local, Scheme::mono(ty.clone()));
            }
            locals.push(local);
        }
        locals
    }

    pub fn check_group(&mut self, group: &[FnId]) {
        self.table.level = 1;
        let pre: Vec<PreSig> = group.iter().map(|&id| self.presig(id)).collect();
        let mut bodies = Vec::new();
        let mut matches = Vec::new();
        for (&id, p) in group.iter().zip(&pre) {
            let (f, ms) = self.check_function(id, p);
            bodies.push(f);
            matches.extend(ms);
        }
        self.finish_group(group.to_vec(), pre, bodies, matches);
    }

    /// Generalises the checked functions `group` (signatures `pre`, HIR
    /// `bodies`), with the recursive nested functions lifted out of them
    /// that call a function of the group (`self.lifted`), and records
    /// their schemes.
    fn finish_group(
        &mut self,
        mut group: Vec<FnId>,
        mut pre: Vec<PreSig>,
        mut bodies: Vec<hir::Function>,
        mut matches: Vec<PendingMatch>,
    ) {
        for lifted in std::mem::take(&mut self.lifted) {
            group.push(lifted.id);
            pre.push(lifted.pre);
            bodies.push(lifted.function);
            matches.extend(lifted.matches);
        }
        let group = group.as_slice();
        self.resolve_pending_fields(true);
        for f in &mut bodies {
            self.patch_pending_fields(f);
        }
        self.pending_fields.clear();

        // Generalise: the variables left in the group's signatures.
        let mut quantified: Vec<TyVar> = Vec::new();
        for p in &pre {
            self.table.free_vars(
                &Type::Fun(p.params.clone(), Box::new(p.ret.clone())),
                &mut quantified,
            );
        }
        self.quantify_actor_messages(group, &mut quantified);
        // The associated types of quantified types are quantified with them.
        let projections = self.take_quantified_projections(&mut quantified);
        let module = self.fns[group[0].0 as usize].module;
        self.check_rigid_generics(&pre, module);

        // Static interface calls need their self type known before defaulting.
        self.check_pending_static(&quantified);
        // Default every other leftover variable.
        for f in &mut bodies {
            let mut leftovers = Vec::new();
            finalize::for_each_type(f, &mut |t| self.table.free_vars(t, &mut leftovers));
            for v in leftovers {
                if !quantified.contains(&v) {
                    self.table.default_var(v);
                }
            }
        }
        self.check_matches(matches, module);

        let type_args: Vec<Type> = quantified.iter().map(|v| Type::Var(*v)).collect();
        let defs = self.type_defs();
        for ((&id, mut f), p) in group.iter().zip(bodies).zip(&pre) {
            finalize::fill_group_calls(&mut f, group, &type_args);
            finalize::for_each_type(&mut f, &mut |t| {
                *t = finalize::close(&self.table, t, &quantified)
            });
            f.type_params = (0..quantified.len() as u32).map(TyVar).collect();
            let params: Vec<Type> = p
                .params
                .iter()
                .map(|t| finalize::close(&self.table, t, &quantified))
                .collect();
            let ret = finalize::close(&self.table, &p.ret, &quantified);
            let preds: Vec<(TyVar, crate::predicates::Trait)> = quantified
                .iter()
                .enumerate()
                .flat_map(|(i, v)| {
                    self.table
                        .preds_of(*v)
                        .into_iter()
                        .map(move |tr| (TyVar(i as u32), tr))
                })
                .collect();
            let scheme_projections = projections
                .iter()
                .map(|p| crate::infer::Projection {
                    self_ty: finalize::close(&self.table, &p.self_ty, &quantified),
                    ty: finalize::close(&self.table, &p.ty, &quantified),
                    ..p.clone()
                })
                .collect();
            let module_name = self.scopes[module].name.clone();
            self.dispatch_user_impls(&mut f);
            let entry = &mut self.fns[id.0 as usize];
            entry.signature = Some(display::render_signature(
                &params,
                &ret,
                &preds,
                &defs,
                &module_name,
            ));
            entry.sig = FnSig::Done(Scheme {
                vars: f.type_params.clone(),
                preds,
                projections: scheme_projections,
                ty: Type::Fun(params, Box::new(ret)),
            });
            entry.hir = Some(f);
        }
        self.finish_actor_messages(group, &quantified);
        for v in quantified {
            self.table.freeze(v);
        }
        self.table.level = 0;
    }

    fn presig(&mut self, id: FnId) -> PreSig {
        let entry = &self.fns[id.0 as usize];
        let (module, first) = (entry.module, entry.clauses[0]);
        self.presig_of(id, module, first)
    }

    /// The signature of function `id` (declared by `first`) before its body
    /// is checked; its `sig` becomes `Pending`.
    fn presig_of(&mut self, id: FnId, module: usize, first: &ast::FnDef) -> PreSig {
        let mut generics: Vec<(String, Type)> = first
            .generics
            .iter()
            .map(|g| (g.text.clone(), self.table.fresh()))
            .collect();
        let generic_spans = first.generics.iter().map(|g| g.span).collect();
        // In an impl method, `Self` names the implementing type and `Self.X`
        // its associated types (after the declared parameters, so they are
        // not among the rigid generics).
        let context = self.method_context(id);
        let receiver = context.as_ref().map(|(r, _)| r.clone());
        if let Some((_, names)) = context {
            generics.extend(names);
        }
        generics.extend(self.service_generics(id, first));
        for b in &first.where_clause {
            if let Some((var, tr)) = self.resolve_bound(&generics, b) {
                self.table.require(&var, tr, b.span);
            }
        }
        let params = first
            .params
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .map(|p| match (&p.ty, &p.pat.kind, &receiver) {
                (Some(t), _, _) => self.resolve_type(module, &generics, t),
                (None, ast::PatternKind::Bind(n), Some(r)) if n.text == "self" => r.clone(),
                (None, _, _) => self.table.fresh(),
            })
            .collect();
        let ret = match &first.ret {
            Some(t) => self.resolve_type(module, &generics, t),
            None => self.table.fresh(),
        };
        let ret_annotation = first.ret.as_ref().map(|t| t.span);
        let pre = PreSig {
            generics,
            generic_spans,
            params,
            ret,
            ret_annotation,
        };
        self.fns[id.0 as usize].sig = FnSig::Pending {
            params: pre.params.clone(),
            ret: pre.ret.clone(),
        };
        pre
    }

    /// A declared type parameter must stay an unconstrained, distinct variable.
    fn check_rigid_generics(&mut self, pre: &[PreSig], module: usize) {
        for p in pre {
            let mut seen = Vec::new();
            for ((name, ty), span) in p.generics.iter().zip(&p.generic_spans) {
                let resolved = self.table.shallow(ty);
                let ok = self.table.is_unbound_var(&resolved) && !seen.contains(&resolved);
                if !ok && !self.table.is_error(&resolved) {
                    let found = self.show(&resolved, module);
                    self.diags.push(
                        Diagnostic::error(
                            codes::TYPE_MISMATCH,
                            format!("expected `{}`, found `{}`", name, found),
                            *span,
                        )
                        .with_note(format!(
                            "the type parameter `{}` must stay generic, but the body requires `{}`",
                            name, found
                        )),
                    );
                }
                seen.push(resolved);
            }
        }
    }

    fn check_matches(&mut self, matches: Vec<PendingMatch>, module: usize) {
        let defs = self.type_defs();
        for m in matches {
            let ty = self.table.zonk(&m.scrutinee_ty);
            let zonked: Vec<(hir::Pattern, bool)> = m
                .arms
                .iter()
                .map(|(p, g)| {
                    let mut p = p.clone();
                    finalize::for_each_pattern_type(&mut p, &mut |t| *t = self.table.zonk(t));
                    (p, *g)
                })
                .collect();
            let arms: Vec<(&hir::Pattern, bool)> =
                zonked.iter().map(|(p, covers)| (p, *covers)).collect();
            let report = exhaustive::analyse(&ty, &arms, &defs);
            for i in report.redundant {
                self.diags.push(Diagnostic::warning(
                    codes::REDUNDANT,
                    "redundant match arm",
                    zonked[i].0.span,
                ));
            }
            if !report.missing.is_empty() {
                let ty_text = self.show(&ty, module);
                let msg = format!("non-exhaustive match on `{}`", ty_text);
                let mut d = match &m.clauses_of {
                    Some(_) => Diagnostic::warning(codes::NON_EXHAUSTIVE, msg, m.span),
                    None => Diagnostic::error(codes::NON_EXHAUSTIVE, msg, m.span),
                };
                d = d.with_note(format!("missing: {}", report.missing.join(", ")));
                d = match &m.clauses_of {
                    Some(f) => d.with_help(format!(
                        "add a clause of `{}` that matches the missing values",
                        f
                    )),
                    None => d.with_help("add the missing patterns or a wildcard `_` arm"),
                };
                self.diags.push(d);
            }
        }
    }

    fn check_function(&mut self, id: FnId, pre: &PreSig) -> (hir::Function, Vec<PendingMatch>) {
        let entry = &self.fns[id.0 as usize];
        let (module, name, clauses) = (entry.module, entry.name.clone(), entry.clauses.clone());
        let actor = self.actor_of(clauses[0]);
        self.check_clauses(module, name, &clauses, pre, Vec::new(), None, actor)
    }

    /// The HIR of a function made of `clauses`; `nested` are the lifted
    /// nested functions visible by name in its body. A lifted function
    /// with captures (capturing_fns.rs) takes them as its leading parameters.
    /// `actor` is the actor whose body (or nested function) this is.
    #[allow(clippy::too_many_arguments)]
    fn check_clauses(
        &mut self,
        module: usize,
        name: String,
        clauses: &[&ast::FnDef],
        pre: &PreSig,
        nested: Vec<(String, FnId)>,
        captured: Option<(FnId, &[String])>,
        actor: Option<FnId>,
    ) -> (hir::Function, Vec<PendingMatch>) {
        let first = clauses[0];
        let mut ctx = FnCtx::new(
            module,
            pre.ret.clone(),
            pre.ret_annotation,
            pre.generics.clone(),
        );
        ctx.nested_fns = nested;
        let mut captured_params = Vec::new();
        if let Some((func, names)) = captured {
            for (n, ty) in names.iter().zip(&pre.params) {
                let local = ctx.add_local(n, ty.clone());
                ctx.bind(n, local, Scheme::mono(ty.clone()));
                captured_params.push(local);
            }
            let own = pre.params.get(names.len()..).unwrap_or(&[]).to_vec();
            let self_ty = Type::Fun(own, Box::new(pre.ret.clone()));
            let local = ctx.add_local(&name, self_ty.clone());
            ctx.bind(&name, local, Scheme::mono(self_ty));
            let captures = captured_params
                .iter()
                .zip(&pre.params)
                .map(|(l, ty)| (*l, Scheme::mono(ty.clone())))
                .collect();
            ctx.capturing_fns.push(CapturingFn {
                local,
                func,
                captures,
            });
        }
        let own_param_tys = &pre.params[captured_params.len().min(pre.params.len())..];
        ctx.in_main = name == "main"
            && self.sources[module].origin == crate::Origin::User
            && self.sources[module].name == "Main";
        ctx.actor = actor;
        let simple = clauses.len() == 1
            && first.guard.is_none()
            && first.params.as_deref().unwrap_or(&[]).iter().all(|p| {
                matches!(
                    p.pat.kind,
                    ast::PatternKind::Bind(_) | ast::PatternKind::Wildcard
                )
            });
        let mut params = Vec::new();
        let body = if simple {
            let plain = first.params.as_deref().unwrap_or(&[]);
            params = self.bind_plain_params(&mut ctx, plain, own_param_tys);
            self.check_fn_body(&mut ctx, &first.body)
        } else {
            for (i, ty) in own_param_tys.iter().enumerate() {
                params.push(ctx.add_local(&format!("arg{}", i), ty.clone()));
            }
            self.clauses_to_case(&mut ctx, &name, clauses, &params, own_param_tys)
        };
        captured_params.extend(params);
        let params = captured_params;
        let function = hir::Function {
            name,
            module: self.scopes[module].name.clone(),
            type_params: Vec::new(),
            params,
            ret: pre.ret.clone(),
            locals: std::mem::take(&mut ctx.locals),
            body,
            span: first.span,
        };
        (function, ctx.matches)
    }

    /// The body of one clause, unified with the return type.
    fn check_fn_body(&mut self, ctx: &mut FnCtx, body: &ast::FnBody) -> hir::Expr {
        let e = match body {
            ast::FnBody::Expr(e) => self.check_expr(ctx, e),
            ast::FnBody::Block(b) => self.check_block(ctx, b),
        };
        let ret = ctx.ret.clone();
        if let Some(mut d) = self.mismatch(ctx.module, &ret, &e.ty, value_span(&e)) {
            if let Some(a) = ctx.ret_annotation {
                d = d.with_label(a, "expected because of the return type");
            }
            self.diags.push(d);
        }
        e
    }

    /// Clauses (or one clause with pattern parameters or a guard) as a
    /// `case` over the parameters.
    fn clauses_to_case(
        &mut self,
        ctx: &mut FnCtx,
        name: &str,
        clauses: &[&ast::FnDef],
        params: &[hir::LocalId],
        param_tys: &[Type],
    ) -> hir::Expr {
        let span = clauses[0].span;
        let scrutinee_ty = if param_tys.len() == 1 {
            param_tys[0].clone()
        } else {
            Type::Tuple(param_tys.to_vec())
        };
        let locals: Vec<hir::Expr> = params
            .iter()
            .zip(param_tys)
            .map(|(l, t)| hir::Expr {
                kind: hir::ExprKind::Local(*l),
                ty: t.clone(),
                span,
            })
            .collect();
        let scrutinee = match (locals.len(), locals.first()) {
            (1, Some(e)) => e.clone(),
            (0, _) => hir::Expr {
                kind: hir::ExprKind::Unit,
                ty: Type::Unit,
                span,
            },
            _ => hir::Expr {
                kind: hir::ExprKind::Tuple(locals),
                ty: scrutinee_ty.clone(),
                span,
            },
        };
        let scrutinee_ty = if param_tys.is_empty() {
            Type::Unit
        } else {
            scrutinee_ty
        };
        let mut arms = Vec::new();
        let mut covers = Vec::new();
        let mut pattern_errors = false;
        for clause in clauses {
            let errors_before = self.error_count();
            ctx.push_scope();
            let mut bound = Vec::new();
            let mut pats = Vec::new();
            let cparams = clause.params.as_deref().unwrap_or(&[]);
            for (p, ty) in cparams.iter().zip(param_tys) {
                if let Some(t) = &p.ty {
                    let ann = self.resolve_type(ctx.module, &ctx.generics.clone(), t);
                    if let Some(d) = self.mismatch(ctx.module, ty, &ann, t.span) {
                        self.diags.push(d);
                    }
                }
                pats.push(self.check_pattern(ctx, &p.pat, ty, &mut bound));
            }
            let clause_span = match (cparams.first(), cparams.last()) {
                (Some(a), Some(b)) => a.span.to(b.span),
                _ => clause.name.span,
            };
            let pat = match pats.len() {
                0 => hir::Pattern {
                    kind: hir::PatternKind::Wildcard,
                    ty: Type::Unit,
                    span: clause_span,
                },
                1 => pats
                    .pop()
                    .unwrap_or_else(|| wildcard_pattern(clause_span)),
                _ => hir::Pattern {
                    kind: hir::PatternKind::Tuple(pats),
                    ty: scrutinee_ty.clone(),
                    span: clause_span,
                },
            };
            pattern_errors |= self.error_count() != errors_before;
            covers.push(clause.guard.is_none());
            let guard = clause.guard.as_ref().map(|g| self.check_guard(ctx, g));
            let body = self.check_fn_body(ctx, &clause.body);
            ctx.pop_scope();
            arms.push(hir::Arm { pat, guard, body });
        }
        // A match with an erroneous pattern is not analysed (no cascades).
        if !pattern_errors {
            ctx.matches.push(PendingMatch {
                scrutinee_ty: scrutinee_ty.clone(),
                arms: arms
                    .iter()
                    .zip(covers)
                    .map(|(a, c)| (a.pat.clone(), c))
                    .collect(),
                span: clauses[0].name.span,
                clauses_of: Some(format!("{}/{}", name, params.len())),
            });
        }
        hir::Expr {
            kind: hir::ExprKind::Case {
                scrutinee: Box::new(scrutinee),
                arms,
            },
            ty: ctx.ret.clone(),
            span,
        }
    }

    pub fn error_count(&self) -> usize {
        self.diags.iter().filter(|d| d.is_error()).count()
    }

    /// A `when` guard: must be `Bool` (E0025).
    pub fn check_guard(&mut self, ctx: &mut FnCtx, g: &ast::Expr) -> hir::Expr {
        let e = self.check_expr(ctx, g);
        if self.table.unify(&e.ty, &Type::Bool).is_err() {
            let found = self.show(&e.ty, ctx.module);
            self.diags.push(
                Diagnostic::error(
                    codes::GUARD_NOT_BOOL,
                    "guard expression must return `Bool`",
                    e.span,
                )
                .with_primary_label(format!("this has type `{}`", found)),
            );
        }
        e
    }

    /// A block in its own scope; its value is the last statement's.
    pub fn check_block(&mut self, ctx: &mut FnCtx, block: &ast::Block) -> hir::Expr {
        ctx.push_scope();
        let mut stmts = Vec::new();
        let mut value = None;
        let n = block.stmts.len();
        let mut defined_fns: Vec<&str> = Vec::new();
        let mut i = 0;
        while i < n {
            let stmt = &block.stmts[i];
            i += 1;
            let last = i == n;
            match stmt {
                ast::Stmt::Expr(e) => {
                    let h = self.check_expr(ctx, e);
                    if last {
                        value = Some(h);
                    } else {
                        stmts.push(hir::Stmt::Expr(h));
                    }
                }
                ast::Stmt::Let {
                    pat,
                    ty,
                    value: rhs,
                    span,
                } => {
                    let bound = self.check_let(ctx, pat, ty.as_ref(), rhs, *span, &mut stmts);
                    if last {
                        value = Some(bound);
                    }
                }
                ast::Stmt::Fn(def) => {
                    let arity = fn_arity(def);
                    let mut clauses = vec![def];
                    while let Some(ast::Stmt::Fn(next)) = block.stmts.get(i) {
                        if next.name.text != def.name.text || fn_arity(next) != arity {
                            break;
                        }
                        clauses.push(next);
                        i += 1;
                    }
                    if defined_fns.contains(&def.name.text.as_str()) {
                        self.diags.push(Diagnostic::error(
                            codes::DUPLICATE_FUNCTION,
                            format!(
                                "function `{}/{}` already defined; multi-clause functions must have consecutive clauses",
                                def.name.text, arity
                            ),
                            def.name.span,
                        ));
                    }
                    defined_fns.push(&def.name.text);
                    self.check_nested_fn(ctx, &clauses, &mut stmts);
                    if i == n {
                        value = None;
                    }
                }
                ast::Stmt::Terminate { body, span } => {
                    stmts.extend(self.check_terminate(ctx, body, *span));
                }
            }
        }
        ctx.pop_scope();
        let value = value.unwrap_or(hir::Expr {
            kind: hir::ExprKind::Unit,
            ty: Type::Unit,
            span: block.span,
        });
        if stmts.is_empty() {
            return value;
        }
        hir::Expr {
            ty: value.ty.clone(),
            kind: hir::ExprKind::Block {
                stmts,
                value: Box::new(value),
            },
            span: block.span,
        }
    }

    /// A recursive nested `fn` (its clauses `defs`): a function of its own
    /// (a new `FnId`), visible by name from the next statement. One that
    /// reads no enclosing local is called directly; one that does takes
    /// them as leading parameters (capturing_fns.rs).
    pub fn lift_nested_fn(&mut self, ctx: &mut FnCtx, defs: &[&ast::FnDef]) {
        let def = defs[0];
        let enclosing = ctx.visible_names();
        let mut captured: Vec<String> = Vec::new();
        for d in defs {
            let own: Vec<&str> = d
                .params
                .as_deref()
                .unwrap_or(&[])
                .iter()
                .filter_map(|p| match &p.pat.kind {
                    ast::PatternKind::Bind(n) => Some(n.text.as_str()),
                    _ => None,
                })
                .collect();
            crate::deps::visit_fn(d, &mut |n| {
                if n != def.name.text
                    && !own.contains(&n)
                    && enclosing.iter().any(|e| e == n)
                    && !captured.iter().any(|c| c == n)
                {
                    captured.push(n.to_string());
                }
            });
        }
        let id = FnId(self.fns.len() as u32);
        self.fns.push(crate::checker::FnEntry {
            name: def.name.text.clone(),
            module: ctx.module,
            clauses: Vec::new(),
            sig: FnSig::Unstarted,
            hir: None,
            signature: None,
        });
        let mut pre = self.presig_of(id, ctx.module, def);
        let mut captures = Vec::new();
        let mut captured_tys = Vec::new();
        for n in &captured {
            if let Some((local, scheme)) = ctx.lookup(n) {
                let (ty, _) = self.table.instantiate(&scheme, def.name.span);
                captured_tys.push(ty);
                captures.push((local, scheme));
            }
        }
        let mut open_vars = Vec::new();
        for ty in &captured_tys {
            self.table.free_vars(ty, &mut open_vars);
        }
        let own_tys = std::mem::take(&mut pre.params);
        pre.params = captured_tys;
        pre.params.extend(own_tys.iter().cloned());
        self.fns[id.0 as usize].sig = FnSig::Pending {
            params: pre.params.clone(),
            ret: pre.ret.clone(),
        };
        let mut visible = ctx.nested_fns.clone();
        if captured.is_empty() {
            visible.push((def.name.text.clone(), id));
        }
        let captured_names = (!captured.is_empty()).then_some((id, captured.as_slice()));
        // One that calls no function of the current group and captures
        // only values of known types is generalised at its definition
        // (language.md §6.5.1), as a group of its own; any other is
        // inferred with the group (sharing the captured values' types).
        // One using its actor's mailbox shares the actor's message type.
        let on_its_own = open_vars.is_empty()
            && !self.calls_group_member(ctx, defs)
            && !(ctx.actor.is_some() && crate::actors::uses_mailbox(defs));
        let saved_level = self.table.level;
        // The enclosing group's deferred work waits while this one finishes.
        let outer = on_its_own.then(|| {
            (
                std::mem::take(&mut self.lifted),
                std::mem::take(&mut self.pending_fields),
                std::mem::take(&mut self.pending_methods),
            )
        });
        let (function, matches) = self.check_clauses(
            ctx.module,
            def.name.text.clone(),
            defs,
            &pre,
            visible,
            captured_names,
            ctx.actor,
        );
        let ret = pre.ret.clone();
        match outer {
            Some((lifted, pending_fields, pending_methods)) => {
                if self.shares_group_types(id, &function) {
                    self.unsupported(
                        "recursive nested functions calling methods of the functions being inferred with them are",
                        def.name.span,
                    );
                }
                self.finish_group(vec![id], vec![pre], vec![function], matches);
                self.lifted = lifted;
                self.pending_fields = pending_fields;
                self.pending_methods = pending_methods;
            }
            None => self.lifted.push(LiftedFn {
                id,
                pre,
                function,
                matches,
            }),
        }
        self.table.level = saved_level;
        if captured.is_empty() {
            ctx.nested_fns.push((def.name.text.clone(), id));
            return;
        }
        let self_ty = Type::Fun(own_tys, Box::new(ret));
        let local = ctx.add_local(&def.name.text, self_ty.clone());
        ctx.bind(&def.name.text, local, Scheme::mono(self_ty));
        ctx.capturing_fns.push(CapturingFn {
            local,
            func: id,
            captures,
        });
    }

    /// Whether the clauses `defs` of a nested function name a function
    /// whose type is still being inferred (one of the current group, or a
    /// nested function lifted into it).
    fn calls_group_member(&self, ctx: &FnCtx, defs: &[&ast::FnDef]) -> bool {
        let pending = |id: FnId| matches!(self.fns[id.0 as usize].sig, FnSig::Pending { .. });
        let mut found = false;
        for d in defs {
            crate::deps::visit_fn(d, &mut |n| {
                if n == d.name.text || ctx.lookup(n).is_some() {
                    return;
                }
                let id = ctx.nested_fn(n).or_else(|| match self.scopes[ctx.module].values.get(n) {
                    Some((crate::scope::Value::Fn(id), _)) => Some(*id),
                    _ => None,
                });
                found |= id.is_some_and(pending);
            });
        }
        found
    }

    /// Whether the lifted function `f` (of `id`) has a type variable in
    /// common with a function whose type is still being inferred (which
    /// it can only reach through a method call, see `calls_group_member`).
    fn shares_group_types(&self, id: FnId, f: &hir::Function) -> bool {
        let mut group_vars = Vec::new();
        for (i, entry) in self.fns.iter().enumerate() {
            if let (FnSig::Pending { params, ret }, true) = (&entry.sig, i != id.0 as usize) {
                let sig = Type::Fun(params.clone(), Box::new(ret.clone()));
                self.table.free_vars(&sig, &mut group_vars);
            }
        }
        if group_vars.is_empty() {
            return false;
        }
        let mut own = Vec::new();
        let mut f = f.clone();
        finalize::for_each_type(&mut f, &mut |t| self.table.free_vars(t, &mut own));
        own.iter().any(|v| group_vars.contains(v))
    }

    /// `let pat [:: T] = rhs`: pushes the HIR statements and returns an
    /// expression for the bound value (a block ending in `let` yields it).
    fn check_let(
        &mut self,
        ctx: &mut FnCtx,
        pat: &ast::Pattern,
        ty: Option<&ast::TypeExpr>,
        rhs: &ast::Expr,
        span: Span,
        stmts: &mut Vec<hir::Stmt>,
    ) -> hir::Expr {
        self.table.level += 1;
        let first_local = ctx.locals.len() as u32;
        let value = self.check_expr(ctx, rhs);
        let own_locals = first_local..ctx.locals.len() as u32;
        // With an annotation the binding has the annotated type, even when
        // the value does not match it.
        let mut value_ty = value.ty.clone();
        if let Some(t) = ty {
            let generics = ctx.generics.clone();
            let ann = self.resolve_type(ctx.module, &generics, t);
            if let Some(d) = self.mismatch(ctx.module, &ann, &value.ty, value.span) {
                self.diags
                    .push(d.with_label(t.span, "expected because of this annotation"));
            }
            value_ty = ann;
        }
        self.table.level -= 1;
        if let ast::PatternKind::Bind(name) = &pat.kind {
            let closure = matches!(rhs.kind, ast::ExprKind::Closure { .. })
                && matches!(value.kind, hir::ExprKind::Lambda { .. });
            let scheme = if closure {
                self.table.generalize_let_with_preds(&value_ty)
            } else if is_syntactic_value(rhs) {
                self.table.generalize_let(&value_ty)
            } else {
                self.table.mono_let(&value_ty)
            };
            let local = ctx.add_local(&name.text, value_ty.clone());
            if !scheme.preds.is_empty() {
                ctx.poly_closures.push(PolyClosure {
                    local,
                    lambda: value,
                    locals: own_locals,
                });
                ctx.bind(&name.text, local, scheme.clone());
                return self.local_value(ctx, local, &scheme, span);
            }
            stmts.push(hir::Stmt::Let {
                pat: hir::Pattern {
                    kind: hir::PatternKind::Bind(local),
                    ty: value_ty.clone(),
                    span: pat.span,
                },
                value,
            });
            ctx.bind(&name.text, local, scheme);
            return hir::Expr {
                kind: hir::ExprKind::Local(local),
                ty: value_ty,
                span,
            };
        }
        // Other patterns: bind the value to a hidden local first.
        let tmp = ctx.add_local("_let", value_ty.clone());
        stmts.push(hir::Stmt::Let {
            pat: hir::Pattern {
                kind: hir::PatternKind::Bind(tmp),
                ty: value_ty.clone(),
                span: rhs.span,
            },
            value,
        });
        let mut bound = Vec::new();
        let hp = self.check_pattern(ctx, pat, &value_ty, &mut bound);
        if !self.is_irrefutable(&hp) {
            self.diags.push(
                Diagnostic::error(codes::REFUTABLE_LET, "refutable pattern in `let`", pat.span)
                    .with_help("use `case` to match patterns that can fail"),
            );
        }
        if !matches!(hp.kind, hir::PatternKind::Wildcard) {
            stmts.push(hir::Stmt::Let {
                pat: hp,
                value: hir::Expr {
                    kind: hir::ExprKind::Local(tmp),
                    ty: value_ty.clone(),
                    span: rhs.span,
                },
            });
        }
        hir::Expr {
            kind: hir::ExprKind::Local(tmp),
            ty: value_ty,
            span,
        }
    }

    pub fn is_irrefutable(&self, p: &hir::Pattern) -> bool {
        match &p.kind {
            hir::PatternKind::As { pat, .. } => self.is_irrefutable(pat),
            hir::PatternKind::Or(ps) => ps.iter().any(|p| self.is_irrefutable(p)),
            hir::PatternKind::Wildcard | hir::PatternKind::Bind(_) | hir::PatternKind::Unit => true,
            hir::PatternKind::Tuple(ps) => ps.iter().all(|p| self.is_irrefutable(p)),
            hir::PatternKind::Variant { ty, args, .. } => {
                let single = matches!(&self.types[ty.0 as usize].kind,
                    hir::TypeDefKind::Sum { variants } if variants.len() == 1);
                single && args.iter().all(|p| self.is_irrefutable(p))
            }
            _ => false,
        }
    }
}

/// Whether a `let` may generalise the value of `e` (the value
/// restriction): literals, names, closures, and tuples and lists of them.
/// A call is not generalised, so that e.g. `let m = Map.new()` keeps one
/// key and value type (the runtime needs it to build the map).
fn is_syntactic_value(e: &ast::Expr) -> bool {
    use ast::ExprKind as K;
    match &e.kind {
        K::Int(_) | K::Float(_) | K::Bool(_) | K::Unit | K::Str(_) | K::Atom(_) => true,
        K::Ident(_) | K::Field { .. } | K::Closure { .. } => true,
        K::Tuple(es) | K::List(es) => es.iter().all(is_syntactic_value),
        _ => false,
    }
}

fn fn_arity(def: &ast::FnDef) -> usize {
    def.params.as_ref().map_or(0, |p| p.len())
}

/// The span of the value an expression produces (a block's last expression).
pub fn value_span(e: &hir::Expr) -> Span {
    match &e.kind {
        hir::ExprKind::Block { value, .. } => value_span(value),
        _ => e.span,
    }
}

fn wildcard_pattern(span: Span) -> hir::Pattern {
    hir::Pattern {
        kind: hir::PatternKind::Wildcard,
        ty: Type::Unit,
        span,
    }
}
