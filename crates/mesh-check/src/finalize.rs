//! Turning a checked function into final HIR: visiting every type it
//! carries, filling the type arguments of calls inside a recursive group,
//! and closing types (resolved, quantified variables renumbered to the
//! function's `type_params`, anything else `()`).

use crate::hir::{self, Callee, FnId};
use crate::infer::InferTable;
use crate::types::{TyVar, Type};

/// Calls `g` on every type in `f` (signature, locals, expressions,
/// patterns, call type arguments).
pub fn for_each_type(f: &mut hir::Function, g: &mut dyn FnMut(&mut Type)) {
    g(&mut f.ret);
    for l in &mut f.locals {
        g(&mut l.ty);
    }
    expr_types(&mut f.body, g);
}

pub fn for_each_pattern_type(p: &mut hir::Pattern, g: &mut dyn FnMut(&mut Type)) {
    g(&mut p.ty);
    match &mut p.kind {
        hir::PatternKind::Tuple(ps)
        | hir::PatternKind::Variant { args: ps, .. }
        | hir::PatternKind::List(ps)
        | hir::PatternKind::Or(ps) => ps.iter_mut().for_each(|p| for_each_pattern_type(p, g)),
        hir::PatternKind::Cons { head, tail } => {
            for_each_pattern_type(head, g);
            for_each_pattern_type(tail, g);
        }
        hir::PatternKind::As { pat, .. } => for_each_pattern_type(pat, g),
        hir::PatternKind::Wildcard
        | hir::PatternKind::Bind(_)
        | hir::PatternKind::Int(_)
        | hir::PatternKind::Float(_)
        | hir::PatternKind::Str(_)
        | hir::PatternKind::Bool(_)
        | hir::PatternKind::Unit => {}
    }
}

fn expr_types(e: &mut hir::Expr, g: &mut dyn FnMut(&mut Type)) {
    g(&mut e.ty);
    for_each_child(e, &mut |c| match c {
        Child::Expr(c) => expr_types(c, g),
        Child::Pattern(p) => for_each_pattern_type(p, g),
        Child::TypeArgs(ts) => ts.iter_mut().for_each(&mut *g),
        Child::SelfType(t) => g(t),
    });
}

/// Calls `visit` on each direct child expression of `e` (patterns and
/// type arguments skipped).
pub fn for_each_child_expr(e: &mut hir::Expr, visit: &mut dyn FnMut(&mut hir::Expr)) {
    for_each_child(e, &mut |c| {
        if let Child::Expr(c) = c {
            visit(c);
        }
    });
}

/// Calls `g` on every type in `e` (expressions, patterns, call type
/// arguments).
pub fn for_each_expr_type(e: &mut hir::Expr, g: &mut dyn FnMut(&mut Type)) {
    expr_types(e, g);
}

/// Calls `visit` on each pattern directly under `e` (of `let`s, `case`
/// arms and `for` loops).
pub fn for_each_child_pattern(e: &mut hir::Expr, visit: &mut dyn FnMut(&mut hir::Pattern)) {
    for_each_child(e, &mut |c| {
        if let Child::Pattern(p) = c {
            visit(p);
        }
    });
}

/// A direct child of an expression.
enum Child<'x> {
    Expr(&'x mut hir::Expr),
    Pattern(&'x mut hir::Pattern),
    TypeArgs(&'x mut Vec<Type>),
    /// A type the expression carries: the receiver type of a `TraitCall`,
    /// the message type of a `Receive`.
    SelfType(&'x mut Type),
}

/// Calls `visit` on each direct child of `e`.
fn for_each_child(e: &mut hir::Expr, visit: &mut dyn FnMut(Child)) {
    use hir::ExprKind as K;
    match &mut e.kind {
        K::Call {
            type_args, args, ..
        } => {
            visit(Child::TypeArgs(type_args));
            args.iter_mut().for_each(|a| visit(Child::Expr(a)));
        }
        K::TraitCall {
            self_ty,
            type_args,
            args,
            ..
        } => {
            visit(Child::TypeArgs(type_args));
            visit(Child::SelfType(self_ty));
            args.iter_mut().for_each(|a| visit(Child::Expr(a)));
        }
        K::Binary { lhs, rhs, .. } => {
            visit(Child::Expr(lhs));
            visit(Child::Expr(rhs));
        }
        K::Unary { operand, .. } => visit(Child::Expr(operand)),
        K::StringConcat(es) | K::Tuple(es) | K::List(es) | K::Construct { args: es, .. } => {
            es.iter_mut().for_each(|c| visit(Child::Expr(c)))
        }
        K::Block { stmts, value } => {
            for s in stmts {
                match s {
                    hir::Stmt::Let { pat, value } => {
                        visit(Child::Pattern(pat));
                        visit(Child::Expr(value));
                    }
                    hir::Stmt::Expr(e) => visit(Child::Expr(e)),
                }
            }
            visit(Child::Expr(value));
        }
        K::If {
            cond,
            then_branch,
            else_branch,
        } => {
            visit(Child::Expr(cond));
            visit(Child::Expr(then_branch));
            visit(Child::Expr(else_branch));
        }
        K::Case { scrutinee, arms } => {
            visit(Child::Expr(scrutinee));
            for a in arms {
                visit(Child::Pattern(&mut a.pat));
                if let Some(g) = &mut a.guard {
                    visit(Child::Expr(g));
                }
                visit(Child::Expr(&mut a.body));
            }
        }
        K::Return(v) => visit(Child::Expr(v)),
        K::FnRef { type_args, .. } | K::ExternRef { type_args, .. } => {
            visit(Child::TypeArgs(type_args))
        }
        K::Lambda { body, .. } => visit(Child::Expr(body)),
        K::CallValue { callee, args } => {
            visit(Child::Expr(callee));
            args.iter_mut().for_each(|a| visit(Child::Expr(a)));
        }
        K::Struct { fields, .. } => fields.iter_mut().for_each(|c| visit(Child::Expr(c))),
        K::Field { base, .. } => visit(Child::Expr(base)),
        K::UpdateStruct { base, fields } => {
            visit(Child::Expr(base));
            fields.iter_mut().for_each(|(_, c)| visit(Child::Expr(c)));
        }
        K::While { cond, body } => {
            visit(Child::Expr(cond));
            visit(Child::Expr(body));
        }
        K::For {
            pat,
            source,
            filter,
            body,
        } => {
            match source {
                hir::ForSource::Range(s)
                | hir::ForSource::List(s)
                | hir::ForSource::Map(s)
                | hir::ForSource::Set(s) => visit(Child::Expr(s)),
                hir::ForSource::Pull { iterator, next, .. } => {
                    visit(Child::Expr(iterator));
                    visit(Child::Expr(next));
                }
            }
            visit(Child::Pattern(pat));
            if let Some(f) = filter {
                visit(Child::Expr(f));
            }
            visit(Child::Expr(body));
        }
        K::Receive {
            message,
            arms,
            after,
        } => {
            visit(Child::SelfType(message));
            for a in arms {
                visit(Child::Pattern(&mut a.pat));
                if let Some(g) = &mut a.guard {
                    visit(Child::Expr(g));
                }
                visit(Child::Expr(&mut a.body));
            }
            if let Some((timeout, body)) = after {
                visit(Child::Expr(timeout));
                visit(Child::Expr(body));
            }
        }
        K::Int(_)
        | K::Float(_)
        | K::Bool(_)
        | K::Unit
        | K::Str(_)
        | K::Atom(_)
        | K::Local(_)
        | K::Break
        | K::Continue => {}
    }
}

/// Gives every call of a member of the recursive `group` the group's
/// quantified variables as type arguments (members are monomorphic inside
/// their group, so each call instantiates them with themselves).
pub fn fill_group_calls(f: &mut hir::Function, group: &[FnId], args: &[Type]) {
    fn visit(e: &mut hir::Expr, group: &[FnId], args: &[Type]) {
        match &mut e.kind {
            hir::ExprKind::Call {
                callee: Callee::Fn(id),
                type_args,
                ..
            }
            | hir::ExprKind::FnRef {
                func: id,
                type_args,
            } if group.contains(id) => *type_args = args.to_vec(),
            _ => {}
        }
        for_each_child(e, &mut |c| {
            if let Child::Expr(c) = c {
                visit(c, group, args);
            }
        });
    }
    visit(&mut f.body, group, args);
}

/// The final form of `ty`: resolved; the `i`-th quantified variable becomes
/// `TyVar(i)`; any other variable (let-generalised or erroneous) `()`.
pub fn close(table: &InferTable, ty: &Type, quantified: &[TyVar]) -> Type {
    match table.zonk(ty) {
        Type::Var(v) => match quantified.iter().position(|q| *q == v) {
            Some(i) => Type::Var(TyVar(i as u32)),
            None => Type::Unit,
        },
        Type::Named(id, args) => Type::Named(
            id,
            args.iter().map(|t| close(table, t, quantified)).collect(),
        ),
        Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| close(table, t, quantified)).collect()),
        Type::Fun(ps, r) => Type::Fun(
            ps.iter().map(|t| close(table, t, quantified)).collect(),
            Box::new(close(table, &r, quantified)),
        ),
        t => t,
    }
}
