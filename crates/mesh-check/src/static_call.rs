//! Static interface methods whose `Self` the call's expected type decides
//! (language.md §3.7.3, stdlib.md §2): `Zero.zero()` of a user interface
//! with `fn zero() -> Self`, and the prelude's `Default.default()` and
//! free `default()`. The call becomes a `TraitCall` whose self type is a
//! fresh variable (the result type when the method returns `Self`) that
//! the lowering resolves per instance; when its function group is done
//! (before leftover variables default) the type must be known (E0110)
//! and implement the interface (E0006).

use crate::call::ArgSrc;
use crate::checker::Checker;
use crate::hir;
use crate::locals::FnCtx;
use crate::predicates::Trait;
use crate::scope::Value;
use crate::types::{TyVar, Type};
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// A static interface call whose self type was open when checked.
pub struct PendingStatic {
    pub module: usize,
    /// The interface's index in `Checker::interfaces`.
    pub interface: usize,
    pub method: String,
    pub self_ty: Type,
    pub span: Span,
}

/// The built-in `Default` impls (language.md §3.7.3).
fn builtin_default(ty: &Type) -> bool {
    matches!(ty, Type::Int | Type::Float | Type::String | Type::Bool)
}

impl Checker<'_> {
    /// The prelude's `Default` interface, when the prelude declares it.
    pub fn default_interface(&self) -> Option<usize> {
        (0..self.interfaces.len()).find(|&i| {
            let entry = &self.interfaces[i];
            Some(entry.module) == self.prelude && entry.def.name.text == "Default"
        })
    }

    /// `Default` as the qualifier of `Default.default()` in module `m`,
    /// when no type or module of `m` is named so.
    pub fn default_qualifier(&self, m: usize, q: &str) -> Option<usize> {
        if q != "Default"
            || self.scopes[m].qualified.contains_key(q)
            || self.scopes[m].types.contains_key(q)
        {
            return None;
        }
        self.default_interface()
    }

    /// Whether `v` is the prelude's free function `default`.
    pub fn is_prelude_default(&self, v: Value) -> bool {
        self.prelude
            .and_then(|p| self.scopes[p].values.get("default"))
            .is_some_and(|(d, _)| *d == v)
    }

    /// Whether interface `index` declares `name` as a static method (no
    /// `self` parameter).
    pub fn declares_static(&self, index: usize, name: &str) -> bool {
        self.interfaces[index]
            .def
            .methods
            .iter()
            .any(|s| s.name.text == name && !crate::trait_call::takes_self(s))
    }

    /// `I.m(args)` for a static method `m` of interface `index`: a
    /// `TraitCall` on a fresh self type, checked when the module is done.
    pub fn static_interface_call(
        &mut self,
        ctx: &mut FnCtx,
        index: usize,
        name: &ast::Name,
        args: Vec<ArgSrc>,
        span: Span,
    ) -> hir::Expr {
        let entry = &self.interfaces[index];
        let (imodule, idef, qualified) = (entry.module, entry.def, entry.qualified);
        let Some(sig) = idef.methods.iter().find(|s| s.name.text == name.text) else {
            self.skip_args(ctx, args);
            return self.error_expr(span);
        };
        let self_ty = self.table.fresh();
        self.table.pin(&self_ty);
        let generics = vec![("Self".to_string(), self_ty.clone())];
        let params: Vec<Type> = sig
            .params
            .iter()
            .map(|p| match &p.ty {
                Some(t) => self.resolve_type(imodule, &generics, t),
                None => self.table.fresh(),
            })
            .collect();
        let ret = match &sig.ret {
            Some(t) => self.resolve_type(imodule, &generics, t),
            None => Type::Unit,
        };
        let Some(hargs) = self.check_args(ctx, args, &params, span) else {
            return self.error_expr(span);
        };
        if Some(imodule) != self.prelude {
            self.table.require(&self_ty, Trait::User(qualified), span);
        }
        self.pending_static.push(PendingStatic {
            module: ctx.module,
            interface: index,
            method: name.text.clone(),
            self_ty: self_ty.clone(),
            span,
        });
        hir::Expr {
            kind: hir::ExprKind::TraitCall {
                interface: qualified.to_string(),
                method: name.text.clone(),
                self_ty,
                type_args: Vec::new(),
                args: hargs,
            },
            ty: ret,
            span,
        }
    }

    /// Checks the static interface calls of the group just checked: the self
    /// type must be known (E0110); a prelude interface's must have an impl
    /// (E0006; a user interface's is checked as a predicate).
    /// `quantified` holds the group's type parameters (a generic
    /// function's `Self` is decided by its instances).
    pub fn check_pending_static(&mut self, quantified: &[TyVar]) {
        for p in std::mem::take(&mut self.pending_static) {
            let self_ty = self.table.zonk(&p.self_ty);
            if self.table.is_error(&self_ty) || matches!(self_ty, Type::Var(v) if quantified.contains(&v)) {
                continue;
            }
            let entry = &self.interfaces[p.interface];
            let (interface, in_prelude) = (entry.def.name.text.clone(), Some(entry.module) == self.prelude);
            if self.table.is_unbound_var(&self_ty) {
                self.diags.push(Diagnostic::error(
                    codes::ANNOTATION_NEEDED,
                    format!(
                        "cannot infer the type of `{}.{}`; add a type annotation",
                        interface, p.method
                    ),
                    p.span,
                ));
                let error = self.table.error();
                let _ = self.table.unify(&self_ty, &error);
                continue;
            }
            if !in_prelude || matches!(self_ty, Type::Var(_) | Type::Never) || builtin_default(&self_ty) {
                continue;
            }
            let implemented = self.impls.iter().any(|i| {
                i.info.interface == interface && crate::impls::same_head(&i.info.for_type, &self_ty)
            });
            if !implemented {
                let shown = self.show(&self_ty, p.module);
                self.diags.push(Diagnostic::error(
                    codes::NOT_IMPLEMENTED_TRAIT,
                    format!("`{}` does not implement `{}`", shown, interface),
                    p.span,
                ));
            }
        }
    }
}
