//! Interfaces and their implementations (language.md §3.7): `interface`
//! declarations (visible from every module when `pub`), `impl I for T`
//! blocks whose methods become ordinary functions (`Program::impls`), the
//! validation E0007 (missing method), E0008 (signature differing from the
//! interface) and E0026 (duplicate impl), and the lookup of a method by
//! its receiver type for `recv.m(args)` and `Type.m(args)`.
//!
//! Supported: user and built-in (prelude-declared) interfaces, generic
//! interfaces (`From<Int>`), associated types (E0040, E0041, E0042 for
//! `Self.X` elsewhere), default methods (checked once per impl relying on
//! them), impls for non-generic user types and `Int`/`Float`/`String`/`Bool`.
//! Impls for generic types, user interfaces as `where` bounds
//! (`TraitCall`) and the interfaces of `UNSUPPORTED_INTERFACES` are E0100.

use crate::checker::{Checker, FnEntry, FnSig};
use crate::hir::{self, FnId};
use crate::predicates::Trait;
use crate::scope::TypeRef;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// A user `interface` declaration.
pub struct InterfaceEntry<'a> {
    pub module: usize,
    pub def: &'a ast::InterfaceDef,
}

/// An accepted `impl` block.
pub struct ImplEntry {
    pub module: usize,
    pub info: hir::ImplInfo,
    /// Each method's signature as the interface declares it (with `Self`
    /// replaced by the implementing type), parallel to `info.methods`.
    pub declared: Vec<(Vec<Type>, Type)>,
    /// What `Self` and `Self.X` mean inside the impl's methods.
    pub generics: Vec<(String, Type)>,
}

/// Built-in interfaces (§3.7.3, §3.6) that users cannot implement in this
/// version; the implementable ones are declared in the prelude.
const UNSUPPORTED_INTERFACES: &[&str] = &[
    "Json", "Row", "Schema", "Not", "Default", "Into", "Iterator", "Iterable",
];

impl<'a> Checker<'a> {
    /// Records module `m`'s interface declarations.
    pub fn collect_interfaces(&mut self, m: usize) {
        let sources = self.sources;
        for item in &sources[m].ast.items {
            let ast::Item::Interface(def) = item else { continue };
            let clash = self
                .interfaces
                .iter()
                .any(|i| i.module == m && i.def.name.text == def.name.text);
            if clash {
                self.diags.push(Diagnostic::error(
                    codes::DUPLICATE_NAME,
                    format!("`{}` is defined more than once", def.name.text),
                    def.name.span,
                ));
                continue;
            }
            self.interfaces.push(InterfaceEntry { module: m, def });
        }
    }

    /// The interface `name` as seen from module `m`: its own, or a `pub`
    /// one of any module.
    fn find_interface(&self, m: usize, name: &str) -> Option<usize> {
        let matching = |i: &&InterfaceEntry| i.def.name.text == name;
        let all: Vec<usize> = (0..self.interfaces.len())
            .filter(|&i| matching(&&self.interfaces[i]))
            .collect();
        all.iter()
            .copied()
            .find(|&i| self.interfaces[i].module == m)
            .or_else(|| all.into_iter().find(|&i| self.interfaces[i].def.is_pub))
    }

    /// Records which built-in interfaces module `m`'s impls provide for its
    /// own types before their derived sets are settled, so that a type
    /// deriving `Display` may have a field whose `Display` is a user impl.
    pub fn preregister_builtin_impls(&mut self, m: usize) {
        let sources = self.sources;
        for item in &sources[m].ast.items {
            let ast::Item::Impl(def) = item else { continue };
            let ([iname], [tname]) = (def.interface.as_slice(), def.for_type.as_slice()) else {
                continue;
            };
            let Some(tr) = Trait::from_name(&iname.text) else { continue };
            if let Some(id) = self.scopes[m].own_type(&tname.text) {
                self.table.nominal.user_impls.insert((id, tr));
            }
        }
    }

    /// Collects module `m`'s `impl` blocks: each method becomes a function
    /// whose signature is fixed by the interface.
    pub fn collect_impls(&mut self, m: usize) {
        let sources = self.sources;
        for item in &sources[m].ast.items {
            if let ast::Item::Impl(def) = item {
                self.collect_impl(m, def);
            }
        }
    }

    fn collect_impl(&mut self, m: usize, def: &'a ast::ImplDef) {
        let Some(iname) = def.interface.last() else { return };
        if def.interface.len() == 1 && UNSUPPORTED_INTERFACES.contains(&iname.text.as_str()) {
            self.unsupported(&format!("implementing the built-in interface `{}` is", iname.text), iname.span);
            return;
        }
        let Some(index) = self.find_interface(m, &iname.text) else {
            self.diags.push(Diagnostic::error(
                codes::UNKNOWN_TYPE,
                format!("unknown interface `{}`", iname.text),
                iname.span,
            ));
            return;
        };
        let Some(tname) = def.for_type.last() else { return };
        let primitive = match tname.text.as_str() {
            "Int" => Some(Type::Int),
            "Float" => Some(Type::Float),
            "String" => Some(Type::String),
            "Bool" => Some(Type::Bool),
            _ => None,
        };
        let self_ty = match self.lookup_type(m, &tname.text, tname.span) {
            Ok(Some(TypeRef::Def(id))) if self.types[id.0 as usize].params.is_empty() => {
                Type::Named(id, Vec::new())
            }
            Ok(Some(TypeRef::Def(_))) => {
                self.unsupported("impls for generic types are", tname.span);
                return;
            }
            Ok(_) => match primitive {
                Some(p) if def.for_type.len() == 1 => p,
                _ => {
                    self.diags.push(Diagnostic::error(
                        codes::UNKNOWN_TYPE,
                        format!("unknown type `{}`", tname.text),
                        tname.span,
                    ));
                    return;
                }
            },
            Err(()) => return,
        };
        let iface = &self.interfaces[index];
        let (imodule, idef) = (iface.module, iface.def);
        // Built-in interfaces are named bare (`Display`), others `Module.Name`.
        let interface = if Some(imodule) == self.prelude {
            idef.name.text.clone()
        } else {
            format!("{}.{}", self.scopes[imodule].name, idef.name.text)
        };
        if def.interface_args.len() != idef.generics.len() {
            self.diags.push(Diagnostic::error(
                codes::UNKNOWN_TYPE,
                format!(
                    "interface `{}` expects {} type argument(s), found {}",
                    idef.name.text,
                    idef.generics.len(),
                    def.interface_args.len()
                ),
                iname.span,
            ));
            return;
        }
        let interface_args: Vec<Type> = def
            .interface_args
            .iter()
            .map(|t| self.resolve_type(m, &[], t))
            .collect();
        if self.impls.iter().any(|i| {
            i.info.for_type == self_ty && i.info.interface == interface && i.info.interface_args == interface_args
        }) {
            self.diags.push(Diagnostic::error(
                codes::DUPLICATE_IMPL,
                format!(
                    "duplicate impl: `{}` is already implemented for `{}`",
                    idef.name.text, tname.text
                ),
                def.span,
            ));
            return;
        }
        let mut generics = vec![("Self".to_string(), self_ty.clone())];
        generics.extend(
            idef.generics
                .iter()
                .zip(&interface_args)
                .map(|(g, t)| (g.text.clone(), t.clone())),
        );
        let mut assoc_types = Vec::new();
        for (n, te) in &def.assoc_types {
            if !idef.assoc_types.iter().any(|a| a.text == n.text) {
                self.diags.push(Diagnostic::error(
                    codes::EXTRA_ASSOC_TYPE,
                    format!(
                        "impl `{}` for `{}` provides associated type `{}` which is not declared by the trait",
                        idef.name.text, tname.text, n.text
                    ),
                    n.span,
                ));
                continue;
            }
            let ty = self.resolve_type(m, &[("Self".to_string(), self_ty.clone())], te);
            generics.push((format!("Self.{}", n.text), ty.clone()));
            assoc_types.push((n.text.clone(), ty));
        }
        for a in &idef.assoc_types {
            if !def.assoc_types.iter().any(|(n, _)| n.text == a.text) {
                self.diags.push(Diagnostic::error(
                    codes::MISSING_ASSOC_TYPE,
                    format!(
                        "impl `{}` for `{}` is missing associated type `{}`",
                        idef.name.text, tname.text, a.text
                    ),
                    def.span,
                ));
                generics.push((format!("Self.{}", a.text), self.table.error()));
            }
        }
        let mut methods = Vec::new();
        let mut declared = Vec::new();
        for sig in &idef.methods {
            let params: Vec<Type> = sig
                .params
                .iter()
                .map(|p| match (&p.ty, &p.pat.kind) {
                    (Some(t), _) => self.resolve_type(imodule, &generics, t),
                    (None, ast::PatternKind::Bind(n)) if n.text == "self" => self_ty.clone(),
                    (None, _) => self.table.error(),
                })
                .collect();
            let ret = match &sig.ret {
                Some(t) => self.resolve_type(imodule, &generics, t),
                None => Type::Unit,
            };
            let own = def.methods.iter().find(|f| f.name.text == sig.name.text);
            let (method, home) = match (own, &sig.default_body) {
                (Some(f), _) => (f, m),
                (None, Some(body)) => (default_method(sig, body), imodule),
                (None, None) => {
                    self.diags.push(Diagnostic::error(
                        codes::IMPL_MISSING_METHOD,
                        format!(
                            "impl `{}` for `{}` is missing method `{}`",
                            idef.name.text, tname.text, sig.name.text
                        ),
                        def.span,
                    ));
                    continue;
                }
            };
            let id = FnId(self.fns.len() as u32);
            self.fns.push(FnEntry {
                name: method.name.text.clone(),
                module: home,
                clauses: vec![method],
                sig: FnSig::Done(crate::infer::Scheme {
                    vars: Vec::new(),
                    preds: Vec::new(),
                    ty: Type::Fun(params.clone(), Box::new(ret.clone())),
                }),
                hir: None,
                signature: None,
            });
            methods.push((method.name.text.clone(), id));
            declared.push((params, ret));
        }
        for f in &def.methods {
            if !idef.methods.iter().any(|s| s.name.text == f.name.text) {
                self.diags.push(Diagnostic::error(
                    codes::IMPL_WRONG_SIGNATURE,
                    format!(
                        "method `{}` is not a member of interface `{}`",
                        f.name.text, idef.name.text
                    ),
                    f.name.span,
                ));
            }
        }
        if let (Some(tr), Type::Named(id, _)) = (Trait::from_name(&interface), &self_ty) {
            self.table.nominal.user_impls.insert((*id, tr));
        }
        self.impls.push(ImplEntry {
            module: m,
            info: hir::ImplInfo {
                interface,
                interface_args,
                for_type: self_ty,
                type_params: Vec::new(),
                methods,
                assoc_types,
            },
            declared,
            generics,
        });
    }

    /// The implementing type of an impl method (`self`'s type) and the
    /// meaning of `Self`/`Self.X` in it, if `id` is one.
    pub fn method_context(&self, id: FnId) -> Option<(Type, Vec<(String, Type)>)> {
        self.impls
            .iter()
            .find(|i| i.info.methods.iter().any(|(_, f)| *f == id))
            .map(|i| (i.info.for_type.clone(), i.generics.clone()))
    }

    /// `Self.X` in a type annotation: the binding of the enclosing impl,
    /// else E0042.
    pub fn associated_type(&mut self, generics: &[(String, Type)], assoc: &ast::Name, span: Span) -> Type {
        let key = format!("Self.{}", assoc.text);
        if let Some((_, t)) = generics.iter().find(|(g, _)| *g == key) {
            return t.clone();
        }
        self.diags.push(Diagnostic::error(
            codes::UNRESOLVED_ASSOC_TYPE,
            format!("cannot resolve associated type `{}`", assoc.text),
            span,
        ));
        self.table.error()
    }

    /// Checks module `m`'s impl methods, after its functions: each alone,
    /// then against the interface's signature (E0008).
    pub fn check_impls(&mut self, m: usize) {
        let work: Vec<(FnId, Vec<Type>, Type, String)> = self
            .impls
            .iter()
            .filter(|i| i.module == m)
            .flat_map(|i| {
                let short = i.info.interface.rsplit('.').next().unwrap_or("").to_string();
                i.info
                    .methods
                    .iter()
                    .zip(&i.declared)
                    .map(move |((_, id), (p, r))| (*id, p.clone(), r.clone(), short.clone()))
                    .collect::<Vec<_>>()
            })
            .collect();
        for (id, params, ret, interface) in work {
            self.check_group(&[id]);
            self.drain_failures(m);
            let FnSig::Done(scheme) = self.fns[id.0 as usize].sig.clone() else { continue };
            let declared = Type::Fun(params, Box::new(ret));
            let span = self.fns[id.0 as usize].clauses[0].span;
            let (found, _) = self.table.instantiate(&scheme, span);
            if self.table.unify(&found, &declared).is_err() {
                let shown_declared = self.show(&declared, m);
                let (fresh, _) = self.table.instantiate(&scheme, span);
                let shown_found = self.show(&fresh, m);
                self.diags.push(
                    Diagnostic::error(
                        codes::IMPL_WRONG_SIGNATURE,
                        format!("method `{}` in impl `{}` has wrong signature", self.fns[id.0 as usize].name, interface),
                        span,
                    )
                    .with_note(format!("expected `{}`, found `{}`", shown_declared, shown_found)),
                );
            }
        }
    }

    /// The method `name` implemented for the (non-generic) type `ty`:
    /// `Ok(None)` when none, `Err(())` when several interfaces provide it.
    pub fn impl_method(&self, ty: &Type, name: &str) -> Result<Option<FnId>, ()> {
        let found: Vec<FnId> = self
            .impls
            .iter()
            .filter(|i| i.info.for_type == *ty)
            .filter_map(|i| {
                i.info
                    .methods
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, f)| *f)
            })
            .collect();
        match found.as_slice() {
            [] => Ok(None),
            [f] => Ok(Some(*f)),
            _ => Err(()),
        }
    }

    /// The `Output` of a user impl of an operator interface for the type
    /// of an operand, when that type is already known.
    pub fn operator_output(&self, operand: &Type, tr: Trait) -> Option<Type> {
        let ty = self.table.zonk(operand);
        self.impls
            .iter()
            .find(|i| i.info.interface == tr.name() && i.info.for_type == ty)
            .and_then(|i| i.info.assoc_types.iter().find(|(n, _)| n == "Output"))
            .map(|(_, t)| t.clone())
    }

    /// The `from` of a user `impl From<source> for target`.
    pub fn conversion_method(&self, source: &Type, target: &Type) -> Option<FnId> {
        self.impls
            .iter()
            .find(|i| {
                i.info.interface == "From"
                    && i.info.for_type == *target
                    && i.info.interface_args.as_slice() == std::slice::from_ref(source)
            })
            .and_then(|i| i.info.methods.iter().find(|(n, _)| n == "from"))
            .map(|(_, f)| *f)
    }
}

/// A default method of an interface as a function definition of its own,
/// checked once per impl that relies on it (in the interface's module, with
/// `self` of the implementing type). The definition lives as long as the
/// checked modules, whose lifetime the checker's tables borrow.
fn default_method(sig: &ast::MethodSig, body: &ast::Block) -> &'static ast::FnDef {
    Box::leak(Box::new(ast::FnDef {
        is_pub: false,
        name: sig.name.clone(),
        generics: Vec::new(),
        params: Some(sig.params.clone()),
        ret: sig.ret.clone(),
        where_clause: Vec::new(),
        guard: None,
        body: ast::FnBody::Block(body.clone()),
        span: sig.span,
    }))
}
