//! Calls of user-interface methods whose receiver type is not known yet
//! (language.md §3.1.5, §6.6): `x.describe()` or `Describe.describe(x)`
//! on a type parameter bound by `where T: Describe`, or on an unannotated
//! parameter, whose type then gets the bound (an inferred `where`). The
//! call becomes an `ExprKind::TraitCall` that the lowering resolves per
//! instantiation; the bound is checked (E0006) wherever the variable
//! becomes concrete. Also the `where` bounds naming user interfaces,
//! `T.m(x)` with several impls of one interface giving `T` a static `m`
//! (picked by `x`'s type), and `x.into()` (`Into`, generated from every
//! `From` impl, plus hand-written `impl Into<T>`s, §3.7.3). A method
//! whose signature names an associated type (`Self.Item`) gets a type
//! standing for the receiver's (`projections.rs`).

use crate::call::ArgSrc;
use crate::checker::Checker;
use crate::hir;
use crate::locals::FnCtx;
use crate::predicates::Trait;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

impl Checker<'_> {
    /// The user interface a `where` bound names: `Ok(None)` when it names
    /// none (a built-in interface that cannot be a bound yet), `Err(())`
    /// when reported (unknown interface, E0101).
    pub fn user_bound(&mut self, b: &ast::Bound) -> Result<Option<Trait>, ()> {
        let path: Vec<&str> = b.interface.iter().map(|n| n.text.as_str()).collect();
        let Some((name, qualifier)) = path.split_last() else {
            return Ok(None);
        };
        let qualifier = qualifier.join(".");
        let found = self.interfaces.iter().position(|i| {
            i.def.name.text == *name
                && (qualifier.is_empty() || self.scopes[i.module].name == qualifier)
                && Some(i.module) != self.prelude
        });
        match found {
            Some(i) if self.interfaces[i].def.generics.is_empty() => {
                Ok(Some(Trait::User(self.interfaces[i].qualified)))
            }
            Some(_) => Ok(None),
            None if self.interfaces.iter().any(|i| i.def.name.text == *name) => Ok(None),
            None => {
                self.diags.push(Diagnostic::error(
                    codes::UNKNOWN_TYPE,
                    format!("unknown interface `{}`", path.join(".")),
                    b.span,
                ));
                Err(())
            }
        }
    }

    /// The user interfaces (not the prelude's) visible from module `m`
    /// that declare the instance method `name`.
    fn interfaces_with_method(&self, m: usize, name: &str) -> Vec<usize> {
        (0..self.interfaces.len())
            .filter(|&i| {
                let entry = &self.interfaces[i];
                Some(entry.module) != self.prelude
                    && (entry.module == m || entry.def.is_pub)
                    && entry
                        .def
                        .methods
                        .iter()
                        .any(|s| s.name.text == name && takes_self(s))
            })
            .collect()
    }

    /// The interface index of the user-interface predicate `tr`.
    fn interface_of(&self, tr: Trait) -> Option<usize> {
        match tr {
            Trait::User(q) => self.interfaces.iter().position(|i| i.qualified == q),
            _ => None,
        }
    }

    /// `recv.m(args)` on a receiver whose type is an unbound variable: a
    /// `TraitCall` when the variable's bounds, or else exactly one visible
    /// user interface, provide an instance method `m`. Gives the receiver
    /// and arguments back when no interface applies.
    pub fn bound_method_call<'e>(
        &mut self,
        ctx: &mut FnCtx,
        recv: hir::Expr,
        name: &ast::Name,
        args: Vec<ArgSrc<'e>>,
        span: Span,
    ) -> Result<hir::Expr, Box<(hir::Expr, Vec<ArgSrc<'e>>)>> {
        let Type::Var(v) = self.table.shallow(&recv.ty) else {
            return Err(Box::new((recv, args)));
        };
        let bound: Vec<usize> = self
            .table
            .preds_of(v)
            .into_iter()
            .filter_map(|tr| self.interface_of(tr))
            .filter(|&i| {
                self.interfaces[i]
                    .def
                    .methods
                    .iter()
                    .any(|s| s.name.text == name.text && takes_self(s))
            })
            .collect();
        let candidates = if bound.is_empty() {
            self.interfaces_with_method(ctx.module, &name.text)
        } else {
            bound
        };
        match candidates.as_slice() {
            [] => Err(Box::new((recv, args))),
            [i] => Ok(self.interface_call(ctx, *i, recv, name, args, span)),
            several => {
                let names: Vec<String> = several
                    .iter()
                    .map(|&i| format!("`{}`", self.interfaces[i].def.name.text))
                    .collect();
                self.diags.push(
                    Diagnostic::error(
                        codes::AMBIGUOUS_METHOD,
                        format!(
                            "ambiguous method `{}` for a value of unknown type",
                            name.text
                        ),
                        name.span,
                    )
                    .with_note(format!(
                        "the interfaces {} all declare `{}`",
                        names.join(", "),
                        name.text
                    ))
                    .with_help("annotate the value's type or add a `where` bound"),
                );
                self.skip_args(ctx, args);
                Ok(self.error_expr(span))
            }
        }
    }

    /// The user interface a qualifier of a call names (`Describe` in
    /// `Describe.describe(x)`), when it names no type or module.
    pub fn interface_qualifier(&self, m: usize, q: &str) -> Option<usize> {
        if self.scopes[m].qualified.contains_key(q) || self.scopes[m].types.contains_key(q) {
            return None;
        }
        (0..self.interfaces.len()).find(|&i| {
            let entry = &self.interfaces[i];
            entry.def.name.text == q
                && Some(entry.module) != self.prelude
                && (entry.module == m || entry.def.is_pub)
        })
    }

    /// `I.m(recv, args)`: the method of `I`'s impl for the receiver's type,
    /// or a `TraitCall` while that type is unknown. E0030 when `I` has no
    /// instance method `m`, E0006 when the type does not implement `I`.
    pub fn qualified_interface_call(
        &mut self,
        ctx: &mut FnCtx,
        index: usize,
        name: &ast::Name,
        mut args: Vec<ArgSrc>,
        span: Span,
    ) -> hir::Expr {
        if self.declares_static(index, &name.text) {
            return self.static_interface_call(ctx, index, name, args, span);
        }
        let declares = self.interfaces[index]
            .def
            .methods
            .iter()
            .any(|s| s.name.text == name.text && takes_self(s));
        if !declares || args.is_empty() {
            let interface = self.interfaces[index].def.name.text.clone();
            let message = if declares {
                format!(
                    "expected at least 1 argument(s), found 0 (the receiver of `{}.{}`)",
                    interface, name.text
                )
            } else {
                format!("no method `{}` on interface `{}`", name.text, interface)
            };
            let code = if declares {
                codes::ARITY
            } else {
                codes::NO_METHOD
            };
            self.diags.push(Diagnostic::error(
                code,
                message,
                if declares { span } else { name.span },
            ));
            self.skip_args(ctx, args);
            return self.error_expr(span);
        }
        let recv = match args.remove(0) {
            ArgSrc::Checked(h) => h,
            ArgSrc::Ast(e) => self.check_expr(ctx, e),
        };
        let rty = self.table.shallow(&recv.ty);
        if self.table.is_unbound_var(&rty) || self.table.is_error(&rty) {
            return self.interface_call(ctx, index, recv, name, args, span);
        }
        let qualified = self.interfaces[index].qualified;
        let method = self
            .impls
            .iter()
            .filter(|i| {
                i.info.interface == qualified && crate::impls::same_head(&i.info.for_type, &rty)
            })
            .find_map(|i| {
                i.info
                    .methods
                    .iter()
                    .find(|(n, _)| *n == name.text)
                    .map(|(_, f)| *f)
            });
        match method {
            Some(f) => {
                let mut all = vec![ArgSrc::Checked(recv)];
                all.extend(args);
                self.call_known(ctx, crate::scope::Value::Fn(f), all, span)
            }
            None => {
                let shown = self.show(&rty, ctx.module);
                self.diags.push(Diagnostic::error(
                    codes::NOT_IMPLEMENTED_TRAIT,
                    format!(
                        "`{}` does not implement `{}`",
                        shown, self.interfaces[index].def.name.text
                    ),
                    recv.span,
                ));
                self.skip_args(ctx, args);
                self.error_expr(span)
            }
        }
    }

    /// The `TraitCall` of interface `index`'s method `name` on `recv`,
    /// whose type gets the interface as a predicate.
    fn interface_call(
        &mut self,
        ctx: &mut FnCtx,
        index: usize,
        recv: hir::Expr,
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
        let self_ty = recv.ty.clone();
        self.table
            .require(&self_ty, Trait::User(qualified), recv.span);
        self.table.pin(&self_ty);
        let mut generics = vec![("Self".to_string(), self_ty.clone())];
        if self.names_assoc_type(index, &name.text) {
            generics.extend(self.assoc_type_generics(index, &self_ty, span));
        }
        let params: Vec<Type> = sig
            .params
            .iter()
            .skip(1)
            .map(|p| match &p.ty {
                Some(t) => self.resolve_type(imodule, &generics, t),
                None => self.table.fresh(),
            })
            .collect();
        let ret = match &sig.ret {
            Some(t) => self.resolve_type(imodule, &generics, t),
            None => Type::Unit,
        };
        let Some(checked) = self.check_args(ctx, args, &params, span) else {
            return self.error_expr(span);
        };
        let mut hargs = vec![recv];
        hargs.extend(checked);
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
}

impl Checker<'_> {
    /// `T.m(x, ...)` with several impls giving `T` a static `m`: the one
    /// whose first parameter has `x`'s type. E0006 when none has, E0110
    /// when `x`'s type is not known here.
    pub fn overloaded_call(
        &mut self,
        ctx: &mut FnCtx,
        name: &ast::Name,
        owner: &str,
        candidates: Vec<(Type, hir::FnId)>,
        mut args: Vec<ArgSrc>,
        span: Span,
    ) -> hir::Expr {
        if args.is_empty() {
            self.diags.push(Diagnostic::error(
                codes::ARITY,
                "expected 1 argument(s), found 0".to_string(),
                span,
            ));
            return self.error_expr(span);
        }
        let first = match args.remove(0) {
            ArgSrc::Checked(h) => h,
            ArgSrc::Ast(e) => self.check_expr(ctx, e),
        };
        let ty = self.table.zonk(&first.ty);
        if self.table.is_error(&ty) {
            self.skip_args(ctx, args);
            return self.error_expr(span);
        }
        let chosen = candidates.iter().find(|(t, _)| *t == ty).map(|(_, f)| *f);
        let Some(f) = chosen else {
            let d = if self.table.is_unbound_var(&ty) {
                Diagnostic::error(
                    codes::ANNOTATION_NEEDED,
                    format!("cannot tell which `{}.{}` to call: the argument's type is unknown; add a type annotation", owner, name.text),
                    first.span,
                )
            } else {
                let shown = self.show(&ty, ctx.module);
                let interface = self
                    .impls
                    .iter()
                    .find(|i| i.info.methods.iter().any(|(_, m)| *m == candidates[0].1))
                    .map(|i| {
                        i.info
                            .interface
                            .rsplit('.')
                            .next()
                            .unwrap_or("")
                            .to_string()
                    })
                    .unwrap_or_default();
                Diagnostic::error(
                    codes::NOT_IMPLEMENTED_TRAIT,
                    format!("`{}` does not implement `{}<{}>`", owner, interface, shown),
                    first.span,
                )
            };
            self.diags.push(d);
            self.skip_args(ctx, args);
            return self.error_expr(span);
        };
        let mut all = vec![ArgSrc::Checked(first)];
        all.extend(args);
        self.call_known(ctx, crate::scope::Value::Fn(f), all, span)
    }
}

/// An `x.into()` whose target type was open when checked: the target
/// must end up a type with a conversion from `source`.
pub struct PendingInto {
    pub module: usize,
    pub source: Type,
    pub target: Type,
    pub span: Span,
}

/// The built-in `From` impls (language.md §3.7.3) as (source, target).
fn builtin_conversions() -> [(Type, Type); 4] {
    [
        (Type::Int, Type::Float),
        (Type::Int, Type::String),
        (Type::Float, Type::String),
        (Type::Bool, Type::String),
    ]
}

impl Checker<'_> {
    /// Whether `recv.into()` on a `ty` means a conversion: no impl for
    /// `ty` has another method `into` than those of `Into` impls.
    pub fn into_is_conversion(&self, ty: &Type) -> bool {
        self.impls.iter().all(|i| {
            i.info.interface == "Into"
                || !crate::impls::same_head(&i.info.for_type, ty)
                || !i.info.methods.iter().any(|(n, _)| n == "into")
        })
    }

    /// The targets `source` converts to through `From` and `Into` impls,
    /// with the user impl's `from` or `into` (`None` for a built-in
    /// conversion).
    fn conversions_from(&self, source: &Type) -> Vec<(Type, Option<hir::FnId>)> {
        let mut out: Vec<(Type, Option<hir::FnId>)> = self
            .impls
            .iter()
            .filter(|i| {
                i.info.interface == "From"
                    && i.info.interface_args.as_slice() == std::slice::from_ref(source)
            })
            .filter_map(|i| {
                let f = i.info.methods.iter().find(|(n, _)| n == "from")?.1;
                Some((i.info.for_type.clone(), Some(f)))
            })
            .collect();
        out.extend(self.impls.iter().filter_map(|i| {
            if i.info.interface != "Into" || i.info.for_type != *source {
                return None;
            }
            let target = i.info.interface_args.first()?.clone();
            let f = i.info.methods.iter().find(|(n, _)| n == "into")?.1;
            Some((target, Some(f)))
        }));
        out.extend(
            builtin_conversions()
                .into_iter()
                .filter(|(s, _)| s == source)
                .map(|(_, t)| (t, None)),
        );
        out
    }

    /// `recv.into()`: the one conversion from the receiver's type, or an
    /// `Into` `TraitCall` whose target the context decides (checked when
    /// the module is done). `None` when the receiver's type has no
    /// conversion at all (the ordinary method lookup reports).
    pub fn call_into<'e>(
        &mut self,
        ctx: &mut FnCtx,
        recv: hir::Expr,
        args: Vec<ArgSrc<'e>>,
        span: Span,
    ) -> Result<hir::Expr, Box<(hir::Expr, Vec<ArgSrc<'e>>)>> {
        let source = self.table.zonk(&recv.ty);
        let targets = self.conversions_from(&source);
        if targets.is_empty() || self.table.is_unbound_var(&source) {
            return Err(Box::new((recv, args)));
        }
        if !args.is_empty() {
            self.diags.push(Diagnostic::error(
                codes::ARITY,
                format!("expected 0 argument(s), found {}", args.len()),
                span,
            ));
            self.skip_args(ctx, args);
            return Ok(self.error_expr(span));
        }
        if let [(_, Some(f))] = targets.as_slice() {
            return Ok(self.call_known(
                ctx,
                crate::scope::Value::Fn(*f),
                vec![ArgSrc::Checked(recv)],
                span,
            ));
        }
        let target = self.table.fresh();
        self.pending_into.push(PendingInto {
            module: ctx.module,
            source: source.clone(),
            target: target.clone(),
            span,
        });
        Ok(hir::Expr {
            kind: hir::ExprKind::TraitCall {
                interface: "Into".into(),
                method: "into".into(),
                self_ty: source,
                type_args: Vec::new(),
                args: vec![recv],
            },
            ty: target,
            span,
        })
    }

    /// Checks the open `into()` calls of the functions checked so far
    /// (run when a module is done): the target must be known (E0110) and
    /// have a conversion from the source (E0006).
    pub fn check_pending_into(&mut self) {
        for p in std::mem::take(&mut self.pending_into) {
            let m = p.module;
            let target = self.table.zonk(&p.target);
            if self.table.is_error(&target) {
                continue;
            }
            if matches!(target, Type::Var(_)) {
                self.diags.push(
                    Diagnostic::error(
                        codes::ANNOTATION_NEEDED,
                        "cannot infer the target type of `into`; add a type annotation",
                        p.span,
                    )
                    .with_help("or call `Target.from(x)`"),
                );
                continue;
            }
            if !self
                .conversions_from(&p.source)
                .iter()
                .any(|(t, _)| *t == target)
            {
                let (source, shown) = (self.show(&p.source, m), self.show(&target, m));
                self.diags.push(
                    Diagnostic::error(
                        codes::NOT_IMPLEMENTED_TRAIT,
                        format!("`{}` does not implement `Into<{}>`", source, shown),
                        p.span,
                    )
                    .with_help(format!("add `impl From<{}> for {}`", source, shown)),
                );
            }
        }
    }
}

/// Whether an interface method is an instance method (first parameter `self`).
pub(crate) fn takes_self(sig: &ast::MethodSig) -> bool {
    matches!(sig.params.first().map(|p| &p.pat.kind), Some(ast::PatternKind::Bind(n)) if n.text == "self")
}
