//! `send`, `self()` and `link` (language.md §4.18.2, §4.18.4, §4.18.5) as
//! calls of the internal bindings of the stdlib `Process` module.
//!
//! `send(pid, msg)`: a `Pid<M>` requires `msg :: M` (E0014); an untyped
//! `Pid` accepts any message; the binding passes the `TypeInfo` of the
//! message's static type, its tag. `Timer.send_after(pid, ms, msg)` checks
//! its pid and message exactly as `send` does (stdlib.md §15). `self()` is
//! only valid lexically inside an actor body (E0015) and has the actor's
//! `Pid<M>`.

use crate::call::ArgSrc;
use crate::checker::Checker;
use crate::function::value_span;
use crate::hir::{self, Callee, ExternId};
use crate::locals::FnCtx;
use crate::scope::Value;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

impl Checker<'_> {
    pub fn check_send(&mut self, ctx: &mut FnCtx, target: &ast::Expr, message: &ast::Expr, span: Span) -> hir::Expr {
        let pid = self.check_expr(ctx, target);
        let msg = self.check_expr(ctx, message);
        self.check_message(ctx, &pid, &msg);
        let ty = msg.ty.clone();
        self.process_call("send_message", vec![ty], vec![pid, msg], Type::Unit, span)
    }

    /// Whether `id` is the stdlib's `Timer.send_after`.
    pub fn is_send_after(&self, id: ExternId) -> bool {
        self.stdlib_value("Timer", "send_after") == Some(Value::Extern(id))
    }

    /// `Timer.send_after(pid, ms, msg)` (the binding `id`, three arguments):
    /// the pid and the message are checked as `send`'s (E0014), `ms` is an
    /// `Int`.
    pub fn check_send_after(&mut self, ctx: &mut FnCtx, id: ExternId, args: Vec<ArgSrc>, span: Span) -> hir::Expr {
        let mut checked = Vec::new();
        for a in args {
            checked.push(match a {
                ArgSrc::Checked(h) => h,
                ArgSrc::Ast(e) => self.check_expr(ctx, e),
            });
        }
        let [pid, ms, msg] = checked.as_slice() else {
            return self.error_expr(span);
        };
        if let Some(d) = self.mismatch(ctx.module, &Type::Int, &ms.ty, value_span(ms)) {
            self.diags.push(d);
        }
        self.check_message(ctx, pid, msg);
        let message = msg.ty.clone();
        hir::Expr {
            kind: hir::ExprKind::Call {
                callee: Callee::Extern(id),
                type_args: vec![message],
                args: checked,
            },
            ty: Type::Unit,
            span,
        }
    }

    /// The message `msg` sent to `pid`: a `Pid<M>` requires an `M` (E0014),
    /// an untyped `Pid` takes anything, anything else must be a pid.
    fn check_message(&mut self, ctx: &FnCtx, pid: &hir::Expr, msg: &hir::Expr) {
        match self.pid_message(&pid.ty) {
            Some(Some(expected)) => {
                if self.table.unify(&expected, &msg.ty).is_err() {
                    let exp = self.show(&expected, ctx.module);
                    let found = self.show(&msg.ty, ctx.module);
                    self.diags.push(Diagnostic::error(
                        codes::SEND_TYPE,
                        format!("message type mismatch: expected `{}`, found `{}`", exp, found),
                        value_span(msg),
                    ));
                }
            }
            Some(None) => {}
            None => {
                let typed = self.pid_of(msg.ty.clone());
                if let Some(d) = self.mismatch(ctx.module, &typed, &pid.ty, value_span(pid)) {
                    self.diags.push(d);
                }
            }
        }
    }

    pub fn check_self_pid(&mut self, ctx: &FnCtx, span: Span) -> hir::Expr {
        let Some(message) = ctx.actor.and_then(|id| self.actors.get(&id)).map(|a| a.message.clone()) else {
            self.diags.push(Diagnostic::error(
                codes::SELF_OUTSIDE_ACTOR,
                "self() used outside actor block",
                span,
            ));
            return self.error_expr(span);
        };
        let ty = self.pid_of(message);
        self.process_call("self_pid", Vec::new(), Vec::new(), ty, span)
    }

    pub fn check_link(&mut self, ctx: &mut FnCtx, target: &ast::Expr, span: Span) -> hir::Expr {
        let pid = self.check_expr(ctx, target);
        let untyped = self.untyped_pid();
        if let Some(d) = self.mismatch(ctx.module, &untyped, &pid.ty, value_span(&pid)) {
            self.diags.push(d);
        }
        self.process_call("link_process", Vec::new(), vec![pid], Type::Unit, span)
    }
}
