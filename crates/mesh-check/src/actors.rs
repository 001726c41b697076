//! Actors (language.md §3.8, §4.18.1): declarations, `spawn`, self-calls
//! and `terminate` blocks.
//!
//! Before checking, every `actor a(p1, ..., pn) do body end` gets an
//! ordinary public function `a(p1, ..., pn)` next to it (`desugar`) whose
//! body is the actor's, with its `terminate` block moved to the front; the
//! `actor` item itself only marks that function as an actor
//! (`register_actors`). So parameters are annotated or inferred like a
//! function's, the actor is exported and imported like one, and a
//! self-call is an ordinary recursive call (in tail position the lowering
//! turns it into a jump). The body's value is whatever its last expression
//! gives; a self-call has type `Never` in tail position and `()` elsewhere
//! (`self_calls.rs`).
//!
//! The message type `M` is one inference variable per actor, shared by
//! every `receive` (`receive.rs`) and `self()` in its body and in the
//! nested functions of its body. Whatever of it the body leaves open (arms
//! that only bind or ignore the message) is a type parameter of the actor,
//! so each `spawn` gets its own, fixed by what is sent to that pid (or
//! defaulted like any leftover). Once the actor's group is checked `M` is
//! recorded in terms of the group's type parameters. An actor without
//! `receive` (in its body or its nested functions) yields an untyped `Pid`
//! from `spawn`.
//!
//! `spawn(a, x1, ..., xn)` is a call of the internal binding
//! `Process.spawn_process` with an entry closure (no captures; it takes the
//! arguments as one tuple, or the one argument, or `()`, and calls `a`)
//! and the arguments. A `terminate`
//! block becomes a call of `Process.set_terminate` with a closure of the
//! block, the first statement of the body, so it sees the parameters.
//! Every other use of an actor's name is E0109.

use crate::checker::{Checker, FnSig};
use crate::finalize;
use crate::function::value_span;
use crate::hir::{self, Callee, ExternId, FnId};
use crate::locals::FnCtx;
use crate::scope::Value;
use crate::self_calls::tail_self_calls;
use crate::syntax_walk::{self, Functions};
use crate::types::{TyVar, Type};
use crate::Origin;
use mesh_syntax::ast::{self, ExprKind};
use mesh_syntax::{codes, Diagnostic, Span};
use std::collections::HashSet;

/// What the checker knows of one actor (keyed by its function's id).
pub struct ActorInfo {
    /// The message type while the actor's group is checked.
    pub message: Type,
    /// Whether a `terminate` block of the body was taken already.
    pub terminate_seen: bool,
    /// The spans of the body's self-calls in tail position (`self_calls.rs`).
    pub tail_calls: HashSet<Span>,
    /// Whether the body or one of its nested functions has a `receive`.
    pub receives: bool,
    /// Once the actor's group is checked: the message type in terms of the
    /// actor's type parameters.
    pub finished_message: Option<Type>,
}

/// Appends the function of every actor of `file`; reports the second and
/// later `terminate` blocks of a body.
pub fn desugar(file: &mut ast::SourceFileAst, diags: &mut Vec<Diagnostic>) {
    let mut generated = Vec::new();
    for item in &file.items {
        if let ast::Item::Actor(def) = item {
            generated.push(ast::Item::Fn(actor_function(def, diags)));
        }
    }
    file.items.extend(generated);
}

fn actor_function(def: &ast::ActorDef, diags: &mut Vec<Diagnostic>) -> ast::FnDef {
    let mut terminate = None;
    let mut stmts = Vec::new();
    for stmt in &def.body.stmts {
        match stmt {
            ast::Stmt::Terminate { span, .. } if terminate.is_some() => {
                diags.push(Diagnostic::error(
                    codes::DUPLICATE_NAME,
                    "only one `terminate` clause is allowed per actor block",
                    *span,
                ));
            }
            ast::Stmt::Terminate { .. } => terminate = Some(stmt.clone()),
            other => stmts.push(other.clone()),
        }
    }
    if let Some(t) = terminate {
        stmts.insert(0, t);
    }
    ast::FnDef {
        is_pub: true,
        name: def.name.clone(),
        generics: Vec::new(),
        params: Some(def.params.clone()),
        ret: None,
        where_clause: Vec::new(),
        guard: None,
        body: ast::FnBody::Block(ast::Block {
            stmts,
            span: def.body.span,
        }),
        span: def.span,
    }
}

impl Checker<'_> {
    /// Marks the functions generated for the actors of module `m`.
    pub fn register_actors(&mut self, m: usize) {
        let sources = self.sources;
        for item in &sources[m].ast.items {
            let ast::Item::Actor(def) = item else { continue };
            let Some((Value::Fn(id), _)) = self.scopes[m].values.get(&def.name.text).copied() else {
                continue;
            };
            let Some(&generated) = self.fns[id.0 as usize].clauses.first() else {
                continue;
            };
            if generated.span == def.span {
                let message = self.table.fresh_ungeneralised();
                self.actors.insert(
                    id,
                    ActorInfo {
                        message,
                        terminate_seen: false,
                        receives: false,
                        finished_message: None,
                        tail_calls: tail_self_calls(generated, &def.name.text),
                    },
                );
            }
        }
    }

    /// Adds to `quantified` the variables the message types of the actors
    /// among `group` still have: they become type parameters of the group.
    pub fn quantify_actor_messages(&self, group: &[FnId], quantified: &mut Vec<TyVar>) {
        for id in group {
            if let Some(info) = self.actors.get(id) {
                self.table.free_vars(&info.message, quantified);
            }
        }
    }

    /// Records the message types of the actors among the finished `group`
    /// in terms of the group's type parameters (`quantified`, in order).
    pub fn finish_actor_messages(&mut self, group: &[FnId], quantified: &[TyVar]) {
        for id in group {
            if let Some(info) = self.actors.get_mut(id) {
                info.finished_message = Some(finalize::close(&self.table, &info.message, quantified));
            }
        }
    }

    /// The actor whose body `first` (the first clause of a function being
    /// checked) is, if any.
    pub fn actor_of(&self, first: &ast::FnDef) -> Option<FnId> {
        self.actors
            .keys()
            .copied()
            .find(|id| self.fns[id.0 as usize].clauses.first().is_some_and(|c| std::ptr::eq(*c, first)))
    }

    /// E0109 when `id` is an actor used other than as a direct call in its
    /// own body (`direct_call`) or in `spawn`.
    pub fn misused_actor(&mut self, ctx: &FnCtx, id: FnId, direct_call: bool, span: Span) -> bool {
        if !self.actors.contains_key(&id) || (direct_call && ctx.actor == Some(id)) {
            return false;
        }
        let name = self.fns[id.0 as usize].name.clone();
        self.diags.push(Diagnostic::error(
            codes::ACTOR_CALL,
            format!(
                "actor `{}` cannot be called or used as a value here; start it with `spawn({}, ...)`",
                name, name
            ),
            span,
        ));
        true
    }

    /// A binding of the stdlib `Process` module by name (public or internal).
    pub fn process_binding(&self, name: &str) -> Option<ExternId> {
        let m = self
            .sources
            .iter()
            .position(|s| s.origin == Origin::Stdlib && s.name == "Process")?;
        match self.scopes[m].values.get(name) {
            Some((Value::Extern(id), _)) => Some(*id),
            _ => None,
        }
    }

    /// A call of the `Process` binding `name`; an error expression (and an
    /// E0100) when the stdlib lacks it.
    pub fn process_call(&mut self, name: &str, type_args: Vec<Type>, args: Vec<hir::Expr>, ty: Type, span: Span) -> hir::Expr {
        match self.process_binding(name) {
            Some(id) => hir::Expr {
                kind: hir::ExprKind::Call {
                    callee: Callee::Extern(id),
                    type_args,
                    args,
                },
                ty,
                span,
            },
            None => {
                self.unsupported(&format!("`{}` without the stdlib's `Process` module is", name), span);
                self.error_expr(span)
            }
        }
    }

    /// `terminate do ... end` as the statement registering its closure.
    pub fn check_terminate(&mut self, ctx: &mut FnCtx, body: &ast::Block, span: Span) -> Option<hir::Stmt> {
        let info = ctx.actor.and_then(|id| self.actors.get_mut(&id));
        match info {
            Some(info) if !info.terminate_seen => info.terminate_seen = true,
            Some(_) => {
                self.diags.push(Diagnostic::error(
                    codes::DUPLICATE_NAME,
                    "only one `terminate` clause is allowed per actor block",
                    span,
                ));
                return None;
            }
            None => {
                self.diags.push(Diagnostic::error(
                    codes::RECEIVE_OUTSIDE_ACTOR,
                    "terminate used outside actor block",
                    span,
                ));
                return None;
            }
        }
        // The block's value is ignored.
        let mut block = body.clone();
        block.stmts.push(ast::Stmt::Expr(ast::Expr {
            kind: ExprKind::Unit,
            span: body.span,
        }));
        let clause = ast::ClosureClause {
            params: Vec::new(),
            guard: None,
            body: block,
            span,
        };
        let closure = self.check_closure(ctx, &[clause], span, None);
        Some(hir::Stmt::Expr(self.process_call("set_terminate", Vec::new(), vec![closure], Type::Unit, span)))
    }

    /// `spawn(callee, args...)`.
    pub fn check_spawn(&mut self, ctx: &mut FnCtx, callee: &ast::Expr, args: &[ast::Expr], span: Span) -> hir::Expr {
        if let Some(e) = self.spawn_supervisor(ctx, callee, args, span) {
            return e;
        }
        let target = match &callee.kind {
            ExprKind::Ident(n) if ctx.lookup(&n.text).is_none() && ctx.nested_fn(&n.text).is_none() => {
                match self.lookup_value(ctx.module, &n.text, n.span) {
                    Ok(Some(v)) => Some(v),
                    Ok(None) => {
                        self.undefined(ctx, n);
                        return self.error_expr(span);
                    }
                    Err(()) => return self.error_expr(span),
                }
            }
            ExprKind::Field { base, name } => match &base.kind {
                ExprKind::Ident(q) if ctx.lookup(&q.text).is_none() => {
                    match self.lookup_qualified(ctx.module, &q.text, q.span, &name.text, name.span) {
                        Ok(Some(v)) => Some(v),
                        Ok(None) => None,
                        Err(()) => return self.error_expr(span),
                    }
                }
                _ => None,
            },
            _ => None,
        };
        let id = match target {
            Some(Value::Fn(id)) if self.actors.contains_key(&id) => id,
            Some(Value::Fn(_) | Value::Extern(_)) => return self.spawn_function_error(callee.span),
            Some(Value::Ctor(..)) => return self.spawn_non_function(callee.span),
            None => {
                let h = self.check_expr(ctx, callee);
                if self.table.is_error(&h.ty) {
                    return self.error_expr(span);
                }
                return match self.table.shallow(&h.ty) {
                    Type::Fun(..) => self.spawn_function_error(callee.span),
                    _ => self.spawn_non_function(callee.span),
                };
            }
        };
        // Inside the actor's own recursive group its signature is still
        // monomorphic, and the group's type parameters are filled into the
        // call of the entry closure when the group is done.
        let (params, ret, type_args, pid) = match self.fns[id.0 as usize].sig.clone() {
            FnSig::Done(scheme) => {
                let (ty, type_args) = self.table.instantiate(&scheme, span);
                let Type::Fun(params, ret) = ty else {
                    return self.error_expr(span);
                };
                let pid = match self.actor_message(id) {
                    Some(message) => self.pid_of(message.substitute(&scheme.vars, &type_args)),
                    None => self.untyped_pid(),
                };
                (params, *ret, type_args, pid)
            }
            FnSig::Pending { params, ret } => {
                let message = self.actors.get(&id).map(|a| a.message.clone());
                let pid = message.map_or_else(|| self.untyped_pid(), |m| self.pid_of(m));
                (params, ret, Vec::new(), pid)
            }
            FnSig::Unstarted => return self.error_expr(span),
        };
        if params.len() != args.len() {
            let name = self.fns[id.0 as usize].name.clone();
            self.diags.push(Diagnostic::error(
                codes::ARITY,
                format!(
                    "actor `{}` expects {} argument(s), found {}",
                    name,
                    params.len(),
                    args.len()
                ),
                span,
            ));
            return self.error_expr(span);
        }
        let mut hargs = Vec::new();
        for (a, p) in args.iter().zip(&params) {
            let h = self.check_expr(ctx, a);
            if let Some(d) = self.mismatch(ctx.module, p, &h.ty, value_span(&h)) {
                self.diags.push(d);
            }
            hargs.push(h);
        }
        let args_ty = packed_type(params.clone());
        let packed = match hargs.len() {
            0 => hir::Expr {
                kind: hir::ExprKind::Unit,
                ty: Type::Unit,
                span,
            },
            1 => hargs.remove(0),
            _ => hir::Expr {
                kind: hir::ExprKind::Tuple(hargs),
                ty: args_ty.clone(),
                span,
            },
        };
        let entry = spawn_entry(ctx, id, &params, ret, type_args, callee.span);
        self.process_call("spawn_process", vec![args_ty], vec![entry, packed], pid, span)
    }

    fn spawn_function_error(&mut self, span: Span) -> hir::Expr {
        self.diags.push(Diagnostic::error(
            codes::TYPE_MISMATCH,
            "expected an actor, found a function: only actors and supervisors can be spawned",
            span,
        ));
        self.error_expr(span)
    }

    fn spawn_non_function(&mut self, span: Span) -> hir::Expr {
        self.diags.push(Diagnostic::error(
            codes::SPAWN_NON_FUNCTION,
            "cannot spawn non-function",
            span,
        ));
        self.error_expr(span)
    }

    /// The message type of the finished actor `id` in terms of its type
    /// parameters; `None` when it never receives.
    fn actor_message(&self, id: FnId) -> Option<Type> {
        let info = self.actors.get(&id)?;
        info.finished_message.clone().filter(|_| info.receives)
    }
}

/// Whether the nested function `defs` (its clauses) contains a `receive`
/// or a `self()`, which use the enclosing actor's message type.
pub fn uses_mailbox(defs: &[&ast::FnDef]) -> bool {
    let mut found = false;
    for def in defs {
        syntax_walk::walk_fn(def, Functions::Enter, &mut |e| {
            found |= matches!(e.kind, ExprKind::Receive { .. } | ExprKind::SelfPid);
        });
    }
    found
}

/// The one value `spawn` passes for parameters of these types: `()`, the
/// one parameter's type, or their tuple.
fn packed_type(mut params: Vec<Type>) -> Type {
    match params.len() {
        0 => Type::Unit,
        1 => params.remove(0),
        _ => Type::Tuple(params),
    }
}

/// The entry closure of a spawn of actor `id`: `fn(args) -> a(args...)`,
/// its locals added to the spawning function.
fn spawn_entry(ctx: &mut FnCtx, id: FnId, params: &[Type], ret: Type, type_args: Vec<Type>, span: Span) -> hir::Expr {
    let args_ty = packed_type(params.to_vec());
    let packed = ctx.add_local("spawn_args", args_ty.clone());
    let expr = |kind, ty| hir::Expr { kind, ty, span };
    let mut stmts = Vec::new();
    let call_args = match params.len() {
        0 => Vec::new(),
        1 => vec![expr(hir::ExprKind::Local(packed), args_ty.clone())],
        _ => {
            let mut pats = Vec::new();
            let mut values = Vec::new();
            for (i, p) in params.iter().enumerate() {
                let local = ctx.add_local(&format!("spawn_arg{}", i), p.clone());
                pats.push(hir::Pattern {
                    kind: hir::PatternKind::Bind(local),
                    ty: p.clone(),
                    span,
                });
                values.push(expr(hir::ExprKind::Local(local), p.clone()));
            }
            stmts.push(hir::Stmt::Let {
                pat: hir::Pattern {
                    kind: hir::PatternKind::Tuple(pats),
                    ty: args_ty.clone(),
                    span,
                },
                value: expr(hir::ExprKind::Local(packed), args_ty.clone()),
            });
            values
        }
    };
    stmts.push(hir::Stmt::Expr(expr(
        hir::ExprKind::Call {
            callee: Callee::Fn(id),
            type_args,
            args: call_args,
        },
        ret,
    )));
    let body = expr(
        hir::ExprKind::Block {
            stmts,
            value: Box::new(expr(hir::ExprKind::Unit, Type::Unit)),
        },
        Type::Unit,
    );
    expr(
        hir::ExprKind::Lambda {
            params: vec![packed],
            captures: Vec::new(),
            body: Box::new(body),
        },
        Type::Fun(vec![args_ty], Box::new(Type::Unit)),
    )
}
