//! Method calls whose receiver type is still an inference variable
//! (language.md §6.5.5): `recv.m(args)` is recorded with its checked
//! arguments and a fresh result type, and resolved as soon as the
//! receiver's type is known (re-examined with the pending field accesses,
//! at the latest when the enclosing group is done); still unknown then,
//! it is E0110. Until resolved, the call is a placeholder `TraitCall`
//! whose interface is `DEFERRED` followed by its slot, carrying
//! `MAX_TYPE_ARGS` spare type arguments; once the function's types are
//! final, `dispatch.rs` replaces it by the resolved `Call` (or the call of
//! a struct field's function).

use crate::checker::{Checker, FnSig};
use crate::hir::{self, Callee};
use crate::scope::Value;
use crate::types::Type;
use mesh_syntax::{codes, Diagnostic, Span};

/// The interface name prefix of a deferred call's placeholder.
pub const DEFERRED: &str = "@deferred:";

/// Spare type arguments of a placeholder: the most a resolved method may
/// take.
const MAX_TYPE_ARGS: usize = 8;

/// Receiver types with a standard-library module of the same name.
const METHOD_MODULES: &[&str] = &["String", "List", "Map", "Set", "Range", "Queue"];

/// What a deferred call turned out to be.
#[derive(Clone, Copy, Debug)]
pub enum Resolved {
    /// A function or runtime binding taking the receiver first, with that
    /// many of the placeholder's type arguments.
    Call(Callee, usize),
    /// The function in the receiver's struct field `index`.
    Field(u32),
    /// Reported.
    Error,
}

pub struct PendingMethod {
    pub module: usize,
    pub recv_ty: Type,
    pub recv_span: Span,
    pub name: String,
    pub name_span: Span,
    /// The other arguments' types and spans.
    pub args: Vec<(Type, Span)>,
    pub ret: Type,
    pub type_args: Vec<Type>,
    pub span: Span,
    pub resolved: Option<Resolved>,
}

impl Checker<'_> {
    /// The placeholder of `recv.name(args)` on a receiver of unknown type.
    pub fn defer_method_call(
        &mut self,
        module: usize,
        recv: hir::Expr,
        name: &mesh_syntax::ast::Name,
        args: Vec<hir::Expr>,
        span: Span,
    ) -> hir::Expr {
        self.table.pin(&recv.ty);
        args.iter().for_each(|a| self.table.pin(&a.ty));
        let ret = self.table.fresh_ungeneralised();
        let type_args: Vec<Type> = (0..MAX_TYPE_ARGS)
            .map(|_| self.table.fresh_ungeneralised())
            .collect();
        let slot = self.pending_methods.len();
        self.pending_methods.push(PendingMethod {
            module,
            recv_ty: recv.ty.clone(),
            recv_span: recv.span,
            name: name.text.clone(),
            name_span: name.span,
            args: args.iter().map(|a| (a.ty.clone(), a.span)).collect(),
            ret: ret.clone(),
            type_args: type_args.clone(),
            span,
            resolved: None,
        });
        let self_ty = recv.ty.clone();
        let mut all = vec![recv];
        all.extend(args);
        hir::Expr {
            kind: hir::ExprKind::TraitCall {
                interface: format!("{DEFERRED}{slot}"),
                method: name.text.clone(),
                self_ty,
                type_args,
                args: all,
            },
            ty: ret,
            span,
        }
    }

    /// Resolves the deferred calls whose receiver type is now known;
    /// whether any was. With `last`, the rest are E0110.
    pub fn resolve_pending_methods(&mut self, last: bool) -> bool {
        let mut progress = false;
        for slot in 0..self.pending_methods.len() {
            if self.pending_methods[slot].resolved.is_some() {
                continue;
            }
            let rty = self.table.shallow(&self.pending_methods[slot].recv_ty);
            if self.table.is_unbound_var(&rty) {
                if last {
                    let span = self.pending_methods[slot].recv_span;
                    self.diags.push(Diagnostic::error(
                        codes::ANNOTATION_NEEDED,
                        "cannot infer the type of this expression; add a type annotation",
                        span,
                    ));
                    self.pending_methods[slot].resolved = Some(Resolved::Error);
                }
                continue;
            }
            progress = true;
            let resolved = if self.table.is_error(&rty) {
                Resolved::Error
            } else {
                self.resolve_method(slot, &rty)
            };
            self.pending_methods[slot].resolved = Some(resolved);
        }
        progress
    }

    fn resolve_method(&mut self, slot: usize, rty: &Type) -> Resolved {
        let p = &self.pending_methods[slot];
        let (module, name, name_span, span) = (p.module, p.name.clone(), p.name_span, p.span);
        let (args, ret, type_args) = (p.args.clone(), p.ret.clone(), p.type_args.clone());
        if let Some((index, fty)) = self.struct_field_type(rty, &name) {
            let wanted = Type::Fun(args.iter().map(|(t, _)| t.clone()).collect(), Box::new(ret));
            if let Some(d) = self.mismatch(module, &fty, &wanted, name_span) {
                self.diags.push(d);
                return Resolved::Error;
            }
            return Resolved::Field(index);
        }
        let target = match self.impl_method(rty, &name) {
            Ok(Some(f)) => Some(Value::Fn(f)),
            Err(()) => {
                let shown = self.show(rty, module);
                self.diags.push(Diagnostic::error(
                    codes::AMBIGUOUS_METHOD,
                    format!("ambiguous method `{}` for type `{}`", name, shown),
                    name_span,
                ));
                return Resolved::Error;
            }
            Ok(None) => self.fallback_method(rty, &name),
        };
        let Some(target) = target else {
            let shown = self.show(rty, module);
            self.diags.push(Diagnostic::error(
                codes::NO_METHOD,
                format!("no method `{}` on type `{}`", name, shown),
                name_span,
            ));
            return Resolved::Error;
        };
        let (ty, targs, callee) = match target {
            Value::Fn(id) => match self.fns[id.0 as usize].sig.clone() {
                FnSig::Done(scheme) => {
                    let (ty, targs) = self.table.instantiate(&scheme, span);
                    (ty, targs, Callee::Fn(id))
                }
                FnSig::Pending { params, ret } => {
                    (Type::Fun(params, Box::new(ret)), Vec::new(), Callee::Fn(id))
                }
                FnSig::Unstarted => return Resolved::Error,
            },
            Value::Extern(id) => {
                let scheme = self.externs[id.0 as usize].scheme.clone();
                let (ty, targs) = self.table.instantiate(&scheme, span);
                (ty, targs, Callee::Extern(id))
            }
            Value::Ctor(..) => return Resolved::Error,
        };
        let Type::Fun(params, result) = ty else {
            return Resolved::Error;
        };
        if params.len() != args.len() + 1 || targs.len() > type_args.len() {
            self.diags.push(Diagnostic::error(
                codes::ARITY,
                format!(
                    "expected {} argument(s), found {}",
                    params.len().saturating_sub(1),
                    args.len()
                ),
                span,
            ));
            return Resolved::Error;
        }
        let mut ok = self.table.unify(&params[0], rty).is_ok();
        for ((t, s), p) in args.iter().zip(&params[1..]) {
            if let Some(d) = self.mismatch(module, p, t, *s) {
                self.diags.push(d);
                ok = false;
            }
        }
        if let Some(d) = self.mismatch(module, &ret, &result, span) {
            self.diags.push(d);
            ok = false;
        }
        for (spare, t) in type_args.iter().zip(&targs) {
            let _ = self.table.unify(spare, t);
        }
        if ok {
            Resolved::Call(callee, targs.len())
        } else {
            Resolved::Error
        }
    }

    /// `to_string`/`inspect`/`hash` of the prelude, or the function of the
    /// receiver's standard-library module (`String.length` for a `String`).
    fn fallback_method(&self, rty: &Type, name: &str) -> Option<Value> {
        match name {
            "to_string" => return self.to_string_extern.map(Value::Extern),
            "inspect" => return self.inspect_extern.map(Value::Extern),
            "hash" => return self.stdlib_value("Prelude", "hash"),
            _ => {}
        }
        let module = match rty {
            Type::String => Some("String"),
            Type::Named(id, _) => {
                let def = &self.types[id.0 as usize];
                let builtin =
                    matches!(def.kind, hir::TypeDefKind::Builtin) && def.module == "Prelude";
                METHOD_MODULES
                    .iter()
                    .copied()
                    .find(|m| builtin && def.name == *m)
            }
            _ => None,
        }?;
        self.stdlib_value(module, name)
    }

    /// The final form of a deferred call's placeholder `kind` (in a
    /// function whose types are final); any other expression unchanged.
    pub fn resolve_placeholder(
        &self,
        kind: hir::ExprKind,
        ret: &Type,
        span: Span,
    ) -> hir::ExprKind {
        let hir::ExprKind::TraitCall {
            interface,
            type_args,
            args,
            ..
        } = &kind
        else {
            return kind;
        };
        let slot = interface
            .strip_prefix(DEFERRED)
            .and_then(|s| s.parse::<usize>().ok());
        let resolved = slot
            .and_then(|s| self.pending_methods.get(s))
            .and_then(|p| p.resolved);
        match (resolved, args.split_first()) {
            (Some(Resolved::Call(callee, n)), _) => hir::ExprKind::Call {
                callee,
                type_args: type_args[..n.min(type_args.len())].to_vec(),
                args: args.clone(),
            },
            (Some(Resolved::Field(index)), Some((base, rest))) => {
                let fty = Type::Fun(
                    rest.iter().map(|a| a.ty.clone()).collect(),
                    Box::new(ret.clone()),
                );
                let field = hir::Expr {
                    kind: hir::ExprKind::Field {
                        base: Box::new(base.clone()),
                        index,
                    },
                    ty: fty,
                    span,
                };
                hir::ExprKind::CallValue {
                    callee: Box::new(field),
                    args: rest.to_vec(),
                }
            }
            _ => kind,
        }
    }
}
