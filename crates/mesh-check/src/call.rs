//! Calls (language.md §4.5-4.7, §3.7.2): the callee is resolved and
//! instantiated first, then each argument is checked in order and unified
//! with its parameter (§6.5.4); a closure argument is checked against its
//! parameter's type. Pipes are calls with the piped value first. Keyword
//! arguments become one trailing `Map<String, V>` argument. A callee that
//! is not a top-level name is a function value (`CallValue`). A method call
//! `recv.m(args)` calls a struct field's function, `to_string`/`inspect`/`hash`,
//! or the standard-library fallback `String.m(recv, args)` (also `List`,
//! `Map`, `Set`, `Range`, `Queue`); otherwise E0030. On a receiver whose
//! type is unknown, a user-interface method is a `TraitCall`
//! (`trait_call.rs`) and any other method is decided once the type is
//! known (`deferred.rs`). `x.into()` uses the `From` impls, and
//! `Interface.m(x)` the interface's impl for `x`. `Iter.from` also
//! takes a `Map`, `Set` or `Range` (the runtime accepts every collection),
//! and the `Tuple` helpers take tuples of any arity.

use crate::checker::{Checker, FnSig};
use crate::hir::{self, Callee};
use crate::locals::FnCtx;
use crate::predicates::Trait;
use crate::scope::Value;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// A call argument: already checked (the piped value) or still to check.
pub enum ArgSrc<'e> {
    Checked(hir::Expr),
    Ast(&'e ast::Expr),
}

/// What a resolved call builds.
enum Head {
    Call(Callee, Vec<Type>),
    Construct(hir::TypeId, u32),
}

/// What a callee expression denotes.
enum Target {
    /// A top-level function, runtime binding or constructor.
    Value(Value),
    /// A function value (local, field, closure, any expression).
    Dynamic(hir::Expr),
    /// `recv.m(...)`: the receiver, checked, and the method name.
    Method(hir::Expr, ast::Name),
    /// `T.from_json(text)`: the decoder and the type it produces.
    Decode(Value, Type),
    /// `I.m(recv, ...)` for a user interface `I` (index into
    /// `Checker::interfaces`).
    Interface(usize, ast::Name),
    /// `T.m(x, ...)` where several impls of one interface give `T` a static
    /// `m` (`From<Int>` and `From<String>`): each candidate's first
    /// parameter type and function, chosen by the first argument's type.
    Overloaded(ast::Name, String, Vec<(Type, hir::FnId)>),
    /// Reported already, or not callable.
    Error,
}

/// Receiver types with a standard-library module of the same name.
const METHOD_MODULES: &[&str] = &["String", "List", "Map", "Set", "Range", "Queue"];

impl Checker<'_> {
    pub fn check_call_expr(
        &mut self,
        ctx: &mut FnCtx,
        callee: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
    ) -> hir::Expr {
        let target = self.resolve_callee(ctx, callee);
        let args = self.call_args(ctx, Vec::new(), args);
        self.apply(ctx, target, args, span)
    }

    /// The arguments of a call: `first` (a piped value), then the
    /// positional arguments, then keyword arguments collected into a map.
    fn call_args<'e>(
        &mut self,
        ctx: &mut FnCtx,
        first: Vec<ArgSrc<'e>>,
        args: &'e [ast::Arg],
    ) -> Vec<ArgSrc<'e>> {
        let mut out = first;
        let keyword_start = args.iter().position(|a| a.name.is_some());
        let positional = keyword_start.unwrap_or(args.len());
        out.extend(args[..positional].iter().map(|a| ArgSrc::Ast(&a.value)));
        if keyword_start.is_some() {
            let rest = &args[positional..];
            if let Some(bad) = rest.iter().find(|a| a.name.is_none()) {
                self.diags.push(Diagnostic::error(
                    codes::ARITY,
                    "a positional argument cannot follow keyword arguments",
                    bad.value.span,
                ));
            }
            let entries: Vec<(ArgSrc, ArgSrc)> = rest
                .iter()
                .filter_map(|a| {
                    let name = a.name.as_ref()?;
                    let key = hir::Expr {
                        kind: hir::ExprKind::Str(name.text.clone()),
                        ty: Type::String,
                        span: name.span,
                    };
                    Some((ArgSrc::Checked(key), ArgSrc::Ast(&a.value)))
                })
                .collect();
            let span = match (rest.first(), rest.last()) {
                (Some(a), Some(b)) => a.name.as_ref().map_or(a.value.span, |n| n.span).to(b.value.span),
                _ => Span::default(),
            };
            let map = self.build_map(ctx, entries, span);
            out.push(ArgSrc::Checked(map));
        }
        out
    }

    pub fn check_pipe(
        &mut self,
        ctx: &mut FnCtx,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        span: Span,
    ) -> hir::Expr {
        let piped = self.check_expr(ctx, lhs);
        match &rhs.kind {
            ast::ExprKind::Call { callee, args } => {
                let target = self.resolve_callee(ctx, callee);
                let all = self.call_args(ctx, vec![ArgSrc::Checked(piped)], args);
                self.apply(ctx, target, all, span)
            }
            _ => {
                let target = self.resolve_callee(ctx, rhs);
                self.apply(ctx, target, vec![ArgSrc::Checked(piped)], span)
            }
        }
    }

    fn resolve_callee(&mut self, ctx: &mut FnCtx, callee: &ast::Expr) -> Target {
        match &callee.kind {
            ast::ExprKind::Ident(name) if ctx.lookup(&name.text).is_none() => {
                if let Some(id) = ctx.nested_fn(&name.text) {
                    return Target::Value(Value::Fn(id));
                }
                match self.lookup_value(ctx.module, &name.text, name.span) {
                    Ok(Some(v)) if self.is_prelude_default(v) => match self.default_interface() {
                        Some(index) => Target::Interface(index, name.clone()),
                        None => Target::Value(v),
                    },
                    Ok(Some(v)) => Target::Value(v),
                    Ok(None) => {
                        self.undefined(ctx, name);
                        Target::Error
                    }
                    Err(()) => Target::Error,
                }
            }
            ast::ExprKind::Field { base, name } => {
                if let ast::ExprKind::Ident(q) = &base.kind {
                    if ctx.lookup(&q.text).is_none() && q.text.starts_with(char::is_uppercase) {
                        if let Some(target) = self.derived_static(ctx, q, name) {
                            return target;
                        }
                        if let Some(index) = self.interface_qualifier(ctx.module, &q.text) {
                            return Target::Interface(index, name.clone());
                        }
                        if let Some(index) = self.default_qualifier(ctx.module, &q.text) {
                            return Target::Interface(index, name.clone());
                        }
                        let overloads = self.static_overloads(ctx.module, &q.text, &name.text);
                        if overloads.len() > 1 {
                            return Target::Overloaded(name.clone(), q.text.clone(), overloads);
                        }
                        return match self
                            .lookup_qualified(ctx.module, &q.text, q.span, &name.text, name.span)
                        {
                            Ok(Some(v)) => Target::Value(v),
                            Ok(None) => {
                                self.unknown_qualifier(ctx, q);
                                Target::Error
                            }
                            Err(()) => Target::Error,
                        };
                    }
                }
                let recv = self.check_expr(ctx, base);
                Target::Method(recv, name.clone())
            }
            _ => Target::Dynamic(self.check_expr(ctx, callee)),
        }
    }

    /// Checks the arguments of a call that cannot be made (for their own
    /// diagnostics).
    pub fn skip_args(&mut self, ctx: &mut FnCtx, args: Vec<ArgSrc>) {
        for a in args {
            if let ArgSrc::Ast(e) = a {
                let _ = self.check_expr(ctx, e);
            }
        }
    }

    /// The arguments of a call checked against the parameter types
    /// `params`; `None` (after an arity error and checking each argument
    /// on its own) when their numbers differ.
    pub fn check_args(
        &mut self,
        ctx: &mut FnCtx,
        args: Vec<ArgSrc>,
        params: &[Type],
        span: Span,
    ) -> Option<Vec<hir::Expr>> {
        if params.len() != args.len() {
            self.diags.push(Diagnostic::error(
                codes::ARITY,
                format!("expected {} argument(s), found {}", params.len(), args.len()),
                span,
            ));
            self.skip_args(ctx, args);
            return None;
        }
        Some(
            args.into_iter()
                .zip(params)
                .map(|(a, p)| self.check_arg(ctx, a, p))
                .collect(),
        )
    }

    /// One argument checked against its parameter type `p`.
    pub fn check_arg(&mut self, ctx: &mut FnCtx, a: ArgSrc, p: &Type) -> hir::Expr {
        let h = match a {
            ArgSrc::Checked(h) => h,
            ArgSrc::Ast(e) => match &e.kind {
                ast::ExprKind::Closure { clauses } => self.check_closure(ctx, clauses, e.span, Some(p)),
                _ => self.check_expr(ctx, e),
            },
        };
        if let Some(d) = self.mismatch(ctx.module, p, &h.ty, crate::function::value_span(&h)) {
            self.diags.push(d);
        }
        h
    }

    fn apply(&mut self, ctx: &mut FnCtx, target: Target, args: Vec<ArgSrc>, span: Span) -> hir::Expr {
        match target {
            Target::Value(v) => self.call_known(ctx, v, args, span),
            Target::Dynamic(callee) => self.call_value(ctx, callee, args, span),
            Target::Method(recv, name) => self.call_method(ctx, recv, &name, args, span),
            Target::Decode(v, ty) => {
                let call = self.call_known(ctx, v, args, span);
                if let Some(result) = self.table.nominal.result {
                    let _ = self.table.unify(&call.ty, &Type::Named(result, vec![ty, Type::String]));
                }
                call
            }
            Target::Interface(index, name) => self.qualified_interface_call(ctx, index, &name, args, span),
            Target::Overloaded(name, owner, candidates) => {
                self.overloaded_call(ctx, &name, &owner, candidates, args, span)
            }
            Target::Error => {
                self.skip_args(ctx, args);
                self.error_expr(span)
            }
        }
    }

    /// `recv.m(args)` (§3.7.2).
    fn call_method(
        &mut self,
        ctx: &mut FnCtx,
        recv: hir::Expr,
        name: &ast::Name,
        args: Vec<ArgSrc>,
        span: Span,
    ) -> hir::Expr {
        let rty = self.table.shallow(&recv.ty);
        let (recv, args) = if self.table.is_unbound_var(&rty) {
            match self.bound_method_call(ctx, recv, name, args, span) {
                Ok(call) => return call,
                Err(back) => *back,
            }
        } else if name.text == "into" && self.into_is_conversion(&rty) {
            match self.call_into(ctx, recv, args, span) {
                Ok(call) => return call,
                Err(back) => *back,
            }
        } else {
            (recv, args)
        };
        if self.table.is_error(&rty) {
            self.skip_args(ctx, args);
            return self.error_expr(span);
        }
        if let Some((index, fty)) = self.struct_field_type(&rty, &name.text) {
            let fspan = recv.span.to(name.span);
            let field = hir::Expr {
                kind: hir::ExprKind::Field {
                    base: Box::new(recv),
                    index,
                },
                ty: fty,
                span: fspan,
            };
            return self.call_value(ctx, field, args, span);
        }
        if !self.table.is_unbound_var(&rty) {
            match self.impl_method(&rty, &name.text) {
                Ok(Some(f)) => {
                    let mut all = vec![ArgSrc::Checked(recv)];
                    all.extend(args);
                    return self.call_known(ctx, Value::Fn(f), all, span);
                }
                Ok(None) => {}
                Err(()) => {
                    self.diags.push(Diagnostic::error(
                        codes::AMBIGUOUS_METHOD,
                        format!(
                            "ambiguous method `{}` for type `{}`",
                            name.text,
                            self.show(&rty, ctx.module)
                        ),
                        name.span,
                    ));
                    self.skip_args(ctx, args);
                    return self.error_expr(span);
                }
            }
        }
        let mut all = vec![ArgSrc::Checked(recv)];
        all.extend(args);
        let universal = match name.text.as_str() {
            "to_string" => self.to_string_extern.map(|id| (id, Trait::Display)),
            "inspect" => self.inspect_extern.map(|id| (id, Trait::Debug)),
            "hash" => match self.stdlib_value("Prelude", "hash") {
                Some(Value::Extern(id)) => Some((id, Trait::Hash)),
                _ => None,
            },
            "to_json" => match self.stdlib_value("Json", "to_json") {
                Some(Value::Extern(id)) => Some((id, Trait::Json)),
                _ => None,
            },
            _ => None,
        };
        if let Some((id, tr)) = universal {
            let zonked = self.table.zonk(&rty);
            if !self.supports(&zonked, tr) {
                let shown = self.show(&rty, ctx.module);
                let mut d = Diagnostic::error(
                    codes::NO_METHOD,
                    format!("no method `{}` on type `{}`", name.text, shown),
                    name.span,
                );
                let user_type = matches!(&zonked, Type::Named(id, _)
                    if !matches!(self.types[id.0 as usize].kind, hir::TypeDefKind::Builtin));
                if user_type {
                    d = d.with_help(format!("add `deriving({})` to `{}`", tr.name(), shown));
                }
                self.diags.push(d);
                all.remove(0);
                self.skip_args(ctx, all);
                return self.error_expr(span);
            }
            return self.call_known(ctx, Value::Extern(id), all, span);
        }
        let module = match &rty {
            Type::String => Some("String"),
            Type::Named(id, _) => {
                let def = &self.types[id.0 as usize];
                let builtin = matches!(def.kind, hir::TypeDefKind::Builtin) && def.module == "Prelude";
                METHOD_MODULES
                    .iter()
                    .copied()
                    .find(|m| builtin && def.name == *m)
            }
            _ => None,
        };
        let found = module.and_then(|m| self.stdlib_value(m, &name.text));
        if let Some(v) = found {
            return self.call_known(ctx, v, all, span);
        }
        if self.table.is_unbound_var(&rty) {
            // Decided once the receiver's type is known (§6.5.5).
            let mut checked = Vec::new();
            for a in all {
                checked.push(match a {
                    ArgSrc::Checked(h) => h,
                    ArgSrc::Ast(e) => self.check_expr(ctx, e),
                });
            }
            let recv = checked.remove(0);
            return self.defer_method_call(ctx.module, recv, name, checked, span);
        } else {
            let shown = self.show(&rty, ctx.module);
            self.diags.push(Diagnostic::error(
                codes::NO_METHOD,
                format!("no method `{}` on type `{}`", name.text, shown),
                name.span,
            ));
        }
        all.remove(0);
        self.skip_args(ctx, all);
        self.error_expr(span)
    }

    /// `T.from_json(text)` and `T.from_row(row)` for a type `T` (§3.6.7,
    /// §3.6.8): the `Json` module's or the prelude's decoder, whose result
    /// is `Result<T, String>`; E0030 when `T` does not derive `Json`/`Row`.
    /// `T.__table__()` and the other metadata functions of `deriving(Schema)`
    /// (§3.6.9) call the synthesised functions; E0030 when `T` has no such
    /// function.
    /// `None` for any other qualified name.
    fn derived_static(&mut self, ctx: &FnCtx, q: &ast::Name, name: &ast::Name) -> Option<Target> {
        let (module, tr) = match name.text.as_str() {
            "from_json" => ("Json", Trait::Json),
            "from_row" => ("Prelude", Trait::Row),
            n if n.starts_with("__") && n.ends_with("__") && n.len() > 4 => {
                return self.schema_static(ctx, q, name);
            }
            _ => return None,
        };
        let Ok(Some(crate::scope::TypeRef::Def(id))) = self.lookup_type(ctx.module, &q.text, q.span) else {
            return None;
        };
        let arity = self.types[id.0 as usize].params.len();
        let args: Vec<Type> = (0..arity).map(|_| self.table.fresh()).collect();
        let ty = Type::Named(id, args);
        let decoder = self.stdlib_value(module, &name.text)?;
        if !self.table.nominal.derived[id.0 as usize].contains(&tr) {
            self.diags.push(
                Diagnostic::error(
                    codes::NO_METHOD,
                    format!("no method `{}` on type `{}`", name.text, q.text),
                    name.span,
                )
                .with_help(format!("add `deriving({})` to `{}`", tr.name(), q.text)),
            );
            return Some(Target::Error);
        }
        Some(Target::Decode(decoder, ty))
    }

    /// `T.__name__` for a struct `T`: its synthesised `Schema` metadata function,
    /// or E0030 (with a `deriving(Schema)` hint when `T` does not derive it).
    fn schema_static(&mut self, ctx: &FnCtx, q: &ast::Name, name: &ast::Name) -> Option<Target> {
        let Ok(Some(crate::scope::TypeRef::Def(id))) = self.lookup_type(ctx.module, &q.text, q.span) else {
            return None;
        };
        if !matches!(self.types[id.0 as usize].kind, hir::TypeDefKind::Struct { .. }) {
            return None;
        }
        if let Some(f) = self.schema_function(id, &name.text) {
            return Some(Target::Value(Value::Fn(f)));
        }
        let mut d = Diagnostic::error(
            codes::NO_METHOD,
            format!("no method `{}` on type `{}`", name.text, q.text),
            name.span,
        );
        if !self.derives_schema(id) {
            d = d.with_help(format!("add `deriving(Schema)` to `{}`", q.text));
        }
        self.diags.push(d);
        Some(Target::Error)
    }

    /// A public value of the standard-library module `module`, if that
    /// module and value exist.
    pub fn stdlib_value(&self, module: &str, name: &str) -> Option<Value> {
        let scope = self
            .scopes
            .iter()
            .find(|s| s.origin == crate::Origin::Stdlib && s.name == module)?;
        match scope.values.get(name) {
            Some((v, true)) => Some(*v),
            _ => None,
        }
    }

    /// A call of a top-level function, runtime binding or constructor.
    pub fn call_known(&mut self, ctx: &mut FnCtx, v: Value, mut args: Vec<ArgSrc>, span: Span) -> hir::Expr {
        if let Value::Fn(id) = v {
            if self.misused_actor(ctx, id, true, span) {
                return self.error_expr(span);
            }
        }
        if let (Value::Extern(id), 3) = (v, args.len()) {
            if self.is_send_after(id) {
                return self.check_send_after(ctx, id, args, span);
            }
        }
        if let (Value::Extern(id), false) = (v, args.is_empty()) {
            let e = &self.externs[id.0 as usize].hir;
            if e.module == "Tuple" && e.type_params.len() == 2 && args.len() == 1
                || e.module == "Tuple" && e.name == "nth" && args.len() == 2
            {
                let first = match args.remove(0) {
                    ArgSrc::Checked(h) => h,
                    ArgSrc::Ast(a) => self.check_expr(ctx, a),
                };
                if let Some((type_args, ret)) = self.tuple_call_types(ctx, id, &first) {
                    let mut hargs = vec![first];
                    for a in args {
                        hargs.push(self.check_arg(ctx, a, &Type::Int));
                    }
                    return hir::Expr {
                        kind: hir::ExprKind::Call {
                            callee: Callee::Extern(id),
                            type_args,
                            args: hargs,
                        },
                        ty: ret,
                        span,
                    };
                }
                args.insert(0, ArgSrc::Checked(first));
            }
        }
        if let (Value::Extern(id), 1) = (v, args.len()) {
            let e = &self.externs[id.0 as usize].hir;
            if e.module == "Iter" && e.name == "from" {
                let arg = match args.remove(0) {
                    ArgSrc::Checked(h) => h,
                    ArgSrc::Ast(a) => self.check_expr(ctx, a),
                };
                if let Some(call) = self.iter_from_collection(id, &arg, span) {
                    return call;
                }
                args = vec![ArgSrc::Checked(arg)];
            }
        }
        // (parameter types, result type, head) of the instantiated target.
        let resolved = match v {
            Value::Fn(id) => match self.fns[id.0 as usize].sig.clone() {
                FnSig::Done(scheme) => {
                    let (ty, type_args) = self.table.instantiate(&scheme, span);
                    split_fun(ty).map(|(ps, r)| (ps, r, Head::Call(Callee::Fn(id), type_args)))
                }
                FnSig::Pending { params, ret } => {
                    Some((params, ret, Head::Call(Callee::Fn(id), Vec::new())))
                }
                FnSig::Unstarted => None,
            },
            Value::Extern(id) => {
                let scheme = self.externs[id.0 as usize].scheme.clone();
                let (ty, type_args) = self.table.instantiate(&scheme, span);
                split_fun(ty).map(|(ps, r)| (ps, r, Head::Call(Callee::Extern(id), type_args)))
            }
            Value::Ctor(ty, variant) => {
                let type_args = self.fresh_type_args(ty);
                let vars = self.types[ty.0 as usize].params.clone();
                let params = self
                    .variant_fields(ty, variant)
                    .iter()
                    .map(|f| f.substitute(&vars, &type_args))
                    .collect();
                Some((
                    params,
                    Type::Named(ty, type_args),
                    Head::Construct(ty, variant),
                ))
            }
        };
        let Some((params, ret, head)) = resolved else {
            self.skip_args(ctx, args);
            return self.error_expr(span);
        };
        let Some(hargs) = self.check_args(ctx, args, &params, span) else {
            return self.error_expr(span);
        };
        let kind = match head {
            Head::Call(callee, type_args) => hir::ExprKind::Call {
                callee,
                type_args,
                args: hargs,
            },
            Head::Construct(ty, variant) => hir::ExprKind::Construct {
                ty,
                variant,
                args: hargs,
            },
        };
        let call = hir::Expr {
            kind,
            ty: ret,
            span,
        };
        match v {
            Value::Fn(id) if ctx.actor == Some(id) => self.type_self_call(id, call),
            _ => call,
        }
    }
}

impl Checker<'_> {
    /// The type arguments and result of a `Tuple` helper (typed for
    /// pairs) applied to a tuple of another arity, which the runtime reads
    /// as well (`first`/`second`/`size` take the first two element types as
    /// type arguments; `nth` needs equal element types). `None` for a pair
    /// or a non-tuple: the ordinary call applies.
    fn tuple_call_types(&mut self, ctx: &FnCtx, id: hir::ExternId, tuple: &hir::Expr) -> Option<(Vec<Type>, Type)> {
        let Type::Tuple(ts) = self.table.zonk(&tuple.ty) else {
            return None;
        };
        if ts.len() == 2 {
            return None;
        }
        let name = self.externs[id.0 as usize].hir.name.clone();
        match name.as_str() {
            "first" | "second" | "size" if ts.len() >= 2 => {
                let ret = match name.as_str() {
                    "first" => ts[0].clone(),
                    "second" => ts[1].clone(),
                    _ => Type::Int,
                };
                Some((vec![ts[0].clone(), ts[1].clone()], ret))
            }
            "nth" => {
                let elem = self.table.fresh();
                for t in &ts {
                    if let Some(d) = self.mismatch(ctx.module, &elem, t, tuple.span) {
                        self.diags.push(d);
                    }
                }
                Some((vec![elem.clone()], elem))
            }
            _ => None,
        }
    }

    /// `Iter.from` of a `Map<K, V>` (an `Iter<(K, V)>`), a `Set<T>` (an
    /// `Iter<T>`) or a `Range` (an `Iter<Int>`): the runtime binding
    /// accepts every collection, its declared parameter is the `List` case.
    fn iter_from_collection(&mut self, id: hir::ExternId, arg: &hir::Expr, span: Span) -> Option<hir::Expr> {
        let Type::Named(tid, targs) = self.table.shallow(&arg.ty) else {
            return None;
        };
        let def = &self.types[tid.0 as usize];
        if !matches!(def.kind, hir::TypeDefKind::Builtin) || def.module != "Prelude" {
            return None;
        }
        let elem = match (def.name.as_str(), targs.as_slice()) {
            ("Map", [k, v]) => Type::Tuple(vec![k.clone(), v.clone()]),
            ("Set", [t]) => t.clone(),
            ("Range", []) => Type::Int,
            _ => return None,
        };
        let iter = self.builtin_type("Iter")?;
        Some(hir::Expr {
            kind: hir::ExprKind::Call {
                callee: Callee::Extern(id),
                type_args: vec![elem.clone()],
                args: vec![arg.clone()],
            },
            ty: Type::Named(iter, vec![elem]),
            span,
        })
    }
}

fn split_fun(ty: Type) -> Option<(Vec<Type>, Type)> {
    match ty {
        Type::Fun(ps, r) => Some((ps, *r)),
        _ => None,
    }
}
