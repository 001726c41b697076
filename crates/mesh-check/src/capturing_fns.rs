//! Recursive nested functions that read locals of the enclosing function
//! (language.md §3.1.6). Such a function is lifted into a function of its
//! own (function.rs `lift_nested_fn`) whose leading parameters are the
//! enclosing locals it reads. Its name is bound to a
//! local that is never assigned: each use of the name, inside or outside
//! the function, becomes a closure that passes the captured values along
//! (`fn a, b -> lifted(k, a, b) end`).

use crate::checker::{Checker, FnSig};
use crate::closures::collect_captures;
use crate::hir::{self, FnId, LocalId};
use crate::infer::Scheme;
use crate::locals::FnCtx;
use crate::types::Type;
use mesh_syntax::Span;

/// The local standing for a lifted nested function with captures.
pub struct CapturingFn {
    pub local: LocalId,
    pub func: FnId,
    /// The locals passed as the leading arguments, with their schemes.
    pub captures: Vec<(LocalId, Scheme)>,
}

impl Checker<'_> {
    /// The closure calling the lifted function behind `local`, when `local`
    /// stands for one.
    pub fn capturing_fn_value(
        &mut self,
        ctx: &mut FnCtx,
        local: LocalId,
        span: Span,
    ) -> Option<hir::Expr> {
        let entry = ctx.capturing_fns.iter().find(|c| c.local == local)?;
        let (func, captures) = (entry.func, entry.captures.clone());
        let (params, ret, type_args) = match self.fns[func.0 as usize].sig.clone() {
            FnSig::Pending { params, ret } => (params, ret, Vec::new()),
            FnSig::Done(scheme) => match self.table.instantiate(&scheme, span) {
                (Type::Fun(params, ret), type_args) => (params, *ret, type_args),
                _ => return Some(self.error_expr(span)),
            },
            FnSig::Unstarted => return Some(self.error_expr(span)),
        };
        let boundary = ctx.locals.len() as u32;
        let mut args = Vec::new();
        for ((captured, scheme), param) in captures.iter().zip(&params) {
            let value = self.local_value(ctx, *captured, scheme, span);
            // Both are the captured local's type; they only differ by
            // instantiation.
            let _ = self.table.unify(&value.ty, param);
            args.push(value);
        }
        let own = params.get(captures.len()..).unwrap_or(&[]).to_vec();
        let (wrapper_params, wrapper_args) = self.wrapper_params(ctx, &own, span);
        args.extend(wrapper_args);
        let body = hir::Expr {
            kind: hir::ExprKind::Call {
                callee: hir::Callee::Fn(func),
                type_args,
                args,
            },
            ty: ret.clone(),
            span,
        };
        let mut lambda_captures = Vec::new();
        collect_captures(&body, boundary, &mut lambda_captures);
        Some(hir::Expr {
            kind: hir::ExprKind::Lambda {
                params: wrapper_params,
                captures: lambda_captures,
                body: Box::new(body),
            },
            ty: Type::Fun(own, Box::new(ret)),
            span,
        })
    }
}
