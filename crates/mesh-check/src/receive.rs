//! `receive` (language.md §4.18.3): only lexically inside an actor body,
//! its closures and nested functions included (E0017); every arm's
//! pattern is checked against the actor's message type (so the patterns
//! of all `receive`s of one actor determine it), guards are `Bool`, and
//! the arm bodies and the `after` body share one type, the type of the
//! expression. No exhaustiveness check: a message no arm matches stays in
//! the mailbox.

use crate::checker::Checker;
use crate::function::value_span;
use crate::hir;
use crate::locals::FnCtx;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

impl Checker<'_> {
    pub fn check_receive(
        &mut self,
        ctx: &mut FnCtx,
        arms: &[ast::Arm],
        after: Option<&ast::AfterClause>,
        span: Span,
    ) -> hir::Expr {
        let Some(message) = ctx.actor.and_then(|id| self.actors.get_mut(&id)).map(|a| {
            a.receives = true;
            a.message.clone()
        }) else {
            self.diags.push(Diagnostic::error(
                codes::RECEIVE_OUTSIDE_ACTOR,
                "receive used outside actor block",
                span,
            ));
            return self.error_expr(span);
        };
        let result = self.table.fresh();
        let mut harms = Vec::new();
        for arm in arms {
            ctx.push_scope();
            let mut bound = Vec::new();
            let pat = self.check_pattern(ctx, &arm.pat, &message, &mut bound);
            let guard = arm.guard.as_ref().map(|g| self.check_guard(ctx, g));
            let body = self.check_block(ctx, &arm.body);
            ctx.pop_scope();
            self.join_branch(ctx.module, &result, &body);
            harms.push(hir::Arm { pat, guard, body });
        }
        let after = after.map(|a| {
            let timeout = self.check_expr(ctx, &a.timeout);
            if let Some(d) = self.mismatch(ctx.module, &Type::Int, &timeout.ty, value_span(&timeout)) {
                self.diags.push(d);
            }
            let body = self.check_block(ctx, &a.body);
            self.join_branch(ctx.module, &result, &body);
            (Box::new(timeout), Box::new(body))
        });
        hir::Expr {
            kind: hir::ExprKind::Receive {
                message,
                arms: harms,
                after,
            },
            ty: result,
            span,
        }
    }

    /// Unifies a branch's type with the common `result` type.
    fn join_branch(&mut self, module: usize, result: &Type, body: &hir::Expr) {
        if let Some(d) = self.mismatch(module, result, &body.ty, value_span(body)) {
            self.diags.push(d);
        }
    }
}
