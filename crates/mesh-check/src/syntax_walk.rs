//! A pre-order walk over the expressions of a syntax tree, for the few
//! analyses that look at a body before it is checked: where an actor's
//! self-calls are in tail position, and whether a nested function uses its
//! actor's mailbox (`actors.rs`).

use mesh_syntax::ast::{self, ExprKind as K};

/// Whether a walk enters the bodies of closures, nested `fn`s and
/// `terminate` blocks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Functions {
    Enter,
    Skip,
}

/// Calls `f` on every expression of `block`, outer ones first.
pub fn walk_block(block: &ast::Block, fns: Functions, f: &mut dyn FnMut(&ast::Expr)) {
    for stmt in &block.stmts {
        match stmt {
            ast::Stmt::Let { value, .. } => walk_expr(value, fns, f),
            ast::Stmt::Fn(def) if fns == Functions::Enter => walk_fn(def, fns, f),
            ast::Stmt::Fn(_) => {}
            // A `terminate` block runs as a closure of its own.
            ast::Stmt::Terminate { body, .. } if fns == Functions::Enter => {
                walk_block(body, fns, f)
            }
            ast::Stmt::Terminate { .. } => {}
            ast::Stmt::Expr(e) => walk_expr(e, fns, f),
        }
    }
}

/// Calls `f` on every expression of the guard and body of `def`.
pub fn walk_fn(def: &ast::FnDef, fns: Functions, f: &mut dyn FnMut(&ast::Expr)) {
    if let Some(g) = &def.guard {
        walk_expr(g, fns, f);
    }
    match &def.body {
        ast::FnBody::Expr(e) => walk_expr(e, fns, f),
        ast::FnBody::Block(b) => walk_block(b, fns, f),
    }
}

fn walk_arms(arms: &[ast::Arm], fns: Functions, f: &mut dyn FnMut(&ast::Expr)) {
    for arm in arms {
        if let Some(g) = &arm.guard {
            walk_expr(g, fns, f);
        }
        walk_block(&arm.body, fns, f);
    }
}

/// Calls `f` on `e`, then on every expression inside it.
pub fn walk_expr(e: &ast::Expr, fns: Functions, f: &mut dyn FnMut(&ast::Expr)) {
    f(e);
    match &e.kind {
        K::Str(parts) => {
            for p in parts {
                if let ast::StrPart::Interp(x) = p {
                    walk_expr(x, fns, f);
                }
            }
        }
        K::Tuple(es) | K::List(es) => es.iter().for_each(|x| walk_expr(x, fns, f)),
        K::Map(kvs) => kvs.iter().for_each(|(k, v)| {
            walk_expr(k, fns, f);
            walk_expr(v, fns, f);
        }),
        K::StructLit { fields, .. } => fields.iter().for_each(|fi| walk_expr(&fi.value, fns, f)),
        K::StructUpdate { base, fields } => {
            walk_expr(base, fns, f);
            fields.iter().for_each(|fi| walk_expr(&fi.value, fns, f));
        }
        K::Binary { lhs, rhs, .. } | K::Pipe { lhs, rhs } => {
            walk_expr(lhs, fns, f);
            walk_expr(rhs, fns, f);
        }
        K::Index {
            base: lhs,
            index: rhs,
        } => {
            walk_expr(lhs, fns, f);
            walk_expr(rhs, fns, f);
        }
        K::Unary { operand: x, .. }
        | K::Field { base: x, .. }
        | K::Try(x)
        | K::Link(x)
        | K::Return(Some(x)) => walk_expr(x, fns, f),
        K::Call { callee, args } => {
            walk_expr(callee, fns, f);
            args.iter().for_each(|a| walk_expr(&a.value, fns, f));
        }
        K::If {
            branches,
            else_block,
        } => {
            for (c, b) in branches {
                walk_expr(c, fns, f);
                walk_block(b, fns, f);
            }
            if let Some(b) = else_block {
                walk_block(b, fns, f);
            }
        }
        K::Case { scrutinee, arms } => {
            walk_expr(scrutinee, fns, f);
            walk_arms(arms, fns, f);
        }
        K::Closure { clauses } if fns == Functions::Enter => {
            for c in clauses {
                if let Some(g) = &c.guard {
                    walk_expr(g, fns, f);
                }
                walk_block(&c.body, fns, f);
            }
        }
        K::For {
            iter, filter, body, ..
        } => {
            walk_expr(iter, fns, f);
            if let Some(x) = filter {
                walk_expr(x, fns, f);
            }
            walk_block(body, fns, f);
        }
        K::While { cond, body } => {
            walk_expr(cond, fns, f);
            walk_block(body, fns, f);
        }
        K::Spawn { callee, args } => {
            walk_expr(callee, fns, f);
            args.iter().for_each(|a| walk_expr(a, fns, f));
        }
        K::Send { target, message } => {
            walk_expr(target, fns, f);
            walk_expr(message, fns, f);
        }
        K::Receive { arms, after } => {
            walk_arms(arms, fns, f);
            if let Some(a) = after {
                walk_expr(&a.timeout, fns, f);
                walk_block(&a.body, fns, f);
            }
        }
        K::Closure { .. }
        | K::Int(_)
        | K::Float(_)
        | K::Bool(_)
        | K::Unit
        | K::Atom(_)
        | K::Ident(_)
        | K::Return(None)
        | K::Break
        | K::Continue
        | K::SelfPid
        | K::Error => {}
    }
}
