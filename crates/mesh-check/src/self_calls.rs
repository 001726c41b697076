//! Typing of an actor's self-calls (language.md §3.8.1, §6.8): a call of
//! the actor by name inside its own body re-enters the body in the same
//! process. In tail position (§3.1.7: the body's last statement, the last
//! statement of the branches of an `if` in tail position, the arms of a
//! `case`, `receive` or `after` in tail position, the operand of `return`)
//! it has type `Never`, so it fits any branch: in the HIR it is the
//! `return` of the call, which the lowering turns into a jump. Anywhere
//! else it has type `()`: a block with the (ordinary, recursive) call as
//! its statement and `()` as its value.
//!
//! Which calls are in tail position is read from the body's syntax before
//! it is checked (`tail_self_calls`), by span; closures, nested `fn`s and
//! the `terminate` block of the body have tail positions of their own,
//! none of the actor's.

use crate::checker::Checker;
use crate::hir;
use crate::syntax_walk::{self, Functions};
use crate::types::Type;
use mesh_syntax::ast::{self, ExprKind};
use mesh_syntax::Span;
use std::collections::HashSet;

/// The spans of the calls of `actor` in tail position of its body `def`.
pub fn tail_self_calls(def: &ast::FnDef, actor: &str) -> HashSet<Span> {
    let mut found = HashSet::new();
    match &def.body {
        ast::FnBody::Expr(e) => tail_expr(e, actor, &mut found),
        ast::FnBody::Block(b) => tail_block(b, actor, &mut found),
    }
    syntax_walk::walk_fn(def, Functions::Skip, &mut |e| {
        if let ExprKind::Return(Some(operand)) = &e.kind {
            tail_expr(operand, actor, &mut found);
        }
    });
    found
}

fn tail_block(block: &ast::Block, actor: &str, found: &mut HashSet<Span>) {
    if let Some(ast::Stmt::Expr(e)) = block.stmts.last() {
        tail_expr(e, actor, found);
    }
}

fn tail_expr(e: &ast::Expr, actor: &str, found: &mut HashSet<Span>) {
    let names_actor =
        |callee: &ast::Expr| matches!(&callee.kind, ExprKind::Ident(n) if n.text == actor);
    match &e.kind {
        ExprKind::If {
            branches,
            else_block,
        } => {
            for (_, b) in branches {
                tail_block(b, actor, found);
            }
            if let Some(b) = else_block {
                tail_block(b, actor, found);
            }
        }
        ExprKind::Case { arms, .. } => arms.iter().for_each(|a| tail_block(&a.body, actor, found)),
        ExprKind::Receive { arms, after } => {
            arms.iter().for_each(|a| tail_block(&a.body, actor, found));
            if let Some(a) = after {
                tail_block(&a.body, actor, found);
            }
        }
        ExprKind::Return(Some(operand)) => tail_expr(operand, actor, found),
        ExprKind::Call { callee, .. } if names_actor(callee) => {
            found.insert(e.span);
        }
        // `args |> actor(...)` and `args |> actor` are calls spanning the pipe.
        ExprKind::Pipe { rhs, .. } => {
            let callee = match &rhs.kind {
                ExprKind::Call { callee, .. } => callee,
                _ => rhs,
            };
            if names_actor(callee) {
                found.insert(e.span);
            }
        }
        _ => {}
    }
}

impl Checker<'_> {
    /// The checked call `call` of actor `id` from inside its own body: in
    /// tail position the `return` of its value (type `Never`), otherwise a
    /// block dropping its value.
    pub fn type_self_call(&mut self, id: hir::FnId, call: hir::Expr) -> hir::Expr {
        let tail = self
            .actors
            .get(&id)
            .is_some_and(|a| a.tail_calls.contains(&call.span));
        let span = call.span;
        if tail {
            return hir::Expr {
                kind: hir::ExprKind::Return(Box::new(call)),
                ty: Type::Never,
                span,
            };
        }
        crate::expr::discard(call)
    }
}
