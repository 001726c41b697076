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
//! them), impls for user types, `Int`/`Float`/`String`/`Bool` and the
//! built-in `List`/`Map`/`Set`/`Iter`/`Queue`. An impl for a generic type
//! is written without type arguments (`impl I for Box`, §3.7.1); its
//! `where` clause and its methods name the type's parameters as the type
//! declares them (`T` for `List`, `Set`, `Iter`, `Queue`; `K`, `V` for
//! `Map`). A user interface is a predicate (`Trait::User`) held by the
//! types its impls cover. The interfaces of `UNSUPPORTED_INTERFACES` are
//! E0100.

use crate::checker::{Checker, FnEntry, FnSig};
use crate::hir::{self, FnId};
use crate::predicates::Trait;
use crate::scope::TypeRef;
use crate::types::{TyVar, Type};
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// A user `interface` declaration.
pub struct InterfaceEntry<'a> {
    pub module: usize,
    pub def: &'a ast::InterfaceDef,
    /// The name impls and predicates use: bare for the prelude's
    /// (`Display`), `Module.Name` otherwise (`Trait::User`).
    pub qualified: &'static str,
}

/// An accepted `impl` block.
pub struct ImplEntry {
    pub module: usize,
    pub info: hir::ImplInfo,
    /// Each method's signature as the interface declares it (with `Self`
    /// replaced by the implementing type), parallel to `info.methods`.
    pub declared: Vec<(Vec<Type>, Type)>,
    /// What `Self`, `Self.X` and the implementing type's parameter names
    /// mean inside the impl's methods (in terms of `info.type_params`).
    pub generics: Vec<(String, Type)>,
    /// The impl's `where` bounds on its type parameters.
    pub bounds: Vec<(TyVar, Trait)>,
    /// Whether its methods have been checked.
    pub checked: bool,
}

/// An impl method to check against its interface's declaration.
struct MethodCheck {
    id: FnId,
    params: Vec<Type>,
    ret: Type,
    /// The interface's bare name.
    interface: String,
    /// The impl's type parameters, free in `params` and `ret`.
    vars: Vec<TyVar>,
    module: usize,
}

/// Built-in interfaces (§3.7.3, §3.6) that users cannot implement in this
/// version; the implementable ones are declared in the prelude.
const UNSUPPORTED_INTERFACES: &[&str] = &[
    "Json", "Row", "Schema", "Not",
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
            let qualified = if Some(m) == self.prelude {
                def.name.text.clone()
            } else {
                format!("{}.{}", self.scopes[m].name, def.name.text)
            };
            // Interned for the checker's lifetime: predicates are `Copy`.
            let qualified: &'static str = Box::leak(qualified.into_boxed_str());
            self.interfaces.push(InterfaceEntry { module: m, def, qualified });
        }
    }

    /// Whether an interface's method signatures name a type other than a
    /// built-in or prelude type, `Self` and its own parameters (one its
    /// module must have collected before an impl can be checked).
    fn names_module_types(&self, def: &ast::InterfaceDef) -> bool {
        fn names_other(ck: &Checker, def: &ast::InterfaceDef, te: &ast::TypeExpr) -> bool {
            match &te.kind {
                ast::TypeExprKind::Unit => false,
                ast::TypeExprKind::Tuple(ts) => ts.iter().any(|t| names_other(ck, def, t)),
                ast::TypeExprKind::Fun { params, ret } => {
                    params.iter().any(|t| names_other(ck, def, t)) || names_other(ck, def, ret)
                }
                ast::TypeExprKind::Named { path, args } => {
                    let known = match path.as_slice() {
                        [n] => {
                            let n = n.text.as_str();
                            n == "Self"
                                || def.generics.iter().any(|g| g.text == n)
                                || crate::annotations::is_builtin_type_name(n)
                                || ck.prelude.is_some_and(|p| ck.scopes[p].types.contains_key(n))
                        }
                        [first, _] => first.text == "Self",
                        _ => false,
                    };
                    !known || args.iter().any(|t| names_other(ck, def, t))
                }
            }
        }
        def.methods.iter().any(|sig| {
            sig.params.iter().filter_map(|p| p.ty.as_ref()).any(|t| names_other(self, def, t))
                || sig.ret.as_ref().is_some_and(|t| names_other(self, def, t))
        })
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
    /// An impl whose interface belongs to a module not collected yet (one
    /// checked later) waits for that module, whose types the interface's
    /// signatures may name; its methods are then checked with that
    /// module's.
    pub fn collect_impls(&mut self, m: usize) {
        self.impl_modules_ready.insert(m);
        let sources = self.sources;
        for item in &sources[m].ast.items {
            if let ast::Item::Impl(def) = item {
                let waits = def
                    .interface
                    .last()
                    .and_then(|name| self.find_interface(m, &name.text))
                    .is_some_and(|i| {
                        !self.impl_modules_ready.contains(&self.interfaces[i].module)
                            && self.names_module_types(self.interfaces[i].def)
                    });
                if waits {
                    self.deferred_impls.push((m, def));
                } else {
                    self.collect_impl(m, def);
                }
            }
        }
        let (ready, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut self.deferred_impls)
            .into_iter()
            .partition(|(home, def)| {
                def.interface
                    .last()
                    .and_then(|name| self.find_interface(*home, &name.text))
                    .is_some_and(|i| self.impl_modules_ready.contains(&self.interfaces[i].module))
            });
        self.deferred_impls = waiting;
        for (home, def) in ready {
            self.collect_impl(home, def);
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
        let builtin = match tname.text.as_str() {
            "List" => Some(self.list_type),
            "Map" | "Set" | "Iter" | "Queue" => self.builtin_type(&tname.text),
            _ => None,
        };
        let found = match self.lookup_type(m, &tname.text, tname.span) {
            Ok(Some(TypeRef::Def(id))) => Some(id),
            Ok(_) if def.for_type.len() == 1 => builtin,
            Ok(_) => None,
            Err(()) => return,
        };
        let (self_ty, param_names) = match (found, primitive) {
            (Some(id), _) => {
                let names = self.type_param_names(id);
                let vars = (0..names.len() as u32).map(|v| Type::Var(TyVar(v))).collect();
                (Type::Named(id, vars), names)
            }
            (None, Some(p)) if def.for_type.len() == 1 => (p, Vec::new()),
            _ => {
                self.diags.push(Diagnostic::error(
                    codes::UNKNOWN_TYPE,
                    format!("unknown type `{}`", tname.text),
                    tname.span,
                ));
                return;
            }
        };
        let type_params: Vec<TyVar> = (0..param_names.len() as u32).map(TyVar).collect();
        let param_generics: Vec<(String, Type)> = param_names
            .iter()
            .zip(&type_params)
            .map(|(n, v)| (n.clone(), Type::Var(*v)))
            .collect();
        let mut bounds = Vec::new();
        for b in &def.where_clause {
            if let Some((Type::Var(v), tr)) = self.resolve_bound(&param_generics, b) {
                bounds.push((v, tr));
            }
        }
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
            .map(|t| self.resolve_type(m, &param_generics, t))
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
        generics.extend(param_generics.iter().cloned());
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
            let ty = self.resolve_type(m, &generics, te);
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
                    vars: type_params.clone(),
                    preds: bounds.clone(),
                    projections: Vec::new(),
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
        if Some(imodule) != self.prelude {
            let qualified = self.interfaces[index].qualified;
            self.table.nominal.interface_impls.push(crate::predicates::InterfaceImpl {
                interface: qualified,
                for_type: self_ty.clone(),
                bounds: bounds.clone(),
            });
        }
        self.impls.push(ImplEntry {
            module: m,
            info: hir::ImplInfo {
                interface,
                interface_args,
                for_type: self_ty,
                type_params,
                methods,
                assoc_types,
            },
            declared,
            generics,
            bounds,
            checked: false,
        });
    }

    /// The implementing type of an impl method (`self`'s type) and the
    /// meaning of `Self`/`Self.X`/the type's parameter names in it, if `id`
    /// is one. The impl's type parameters become fresh variables under the
    /// impl's `where` bounds.
    pub fn method_context(&mut self, id: FnId) -> Option<(Type, Vec<(String, Type)>)> {
        let i = self
            .impls
            .iter()
            .find(|i| i.info.methods.iter().any(|(_, f)| *f == id))?;
        let (vars, for_type, generics, bounds) =
            (i.info.type_params.clone(), i.info.for_type.clone(), i.generics.clone(), i.bounds.clone());
        let span = self.fns[id.0 as usize].clauses[0].span;
        let fresh: Vec<Type> = vars.iter().map(|_| self.table.fresh()).collect();
        for (v, tr) in bounds {
            if let Some(k) = vars.iter().position(|x| *x == v) {
                self.table.require(&fresh[k], tr, span);
            }
        }
        let generics = generics
            .into_iter()
            .map(|(n, t)| (n, t.substitute(&vars, &fresh)))
            .collect();
        Some((for_type.substitute(&vars, &fresh), generics))
    }

    /// The names of a type's parameters as its declaration writes them
    /// (`T` for `List`, `Set`, `Iter`, `Queue`; `K`, `V` for `Map`).
    fn type_param_names(&self, id: hir::TypeId) -> Vec<String> {
        let def = &self.types[id.0 as usize];
        let declared = self
            .sources
            .iter()
            .zip(&self.scopes)
            .filter(|(_, scope)| scope.name == def.module)
            .flat_map(|(src, _)| src.ast.items.iter())
            .find_map(|item| match item {
                ast::Item::Struct(d) if d.name.text == def.name => Some(&d.generics),
                ast::Item::SumType(d) if d.name.text == def.name => Some(&d.generics),
                _ => None,
            });
        match declared {
            Some(names) => names.iter().map(|n| n.text.clone()).collect(),
            None if def.params.len() == 2 => vec!["K".into(), "V".into()],
            None => def.params.iter().map(|_| "T".to_string()).collect(),
        }
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

    /// Checks the impl methods not checked yet (module `m`'s, after its
    /// functions, and those of earlier modules' impls that waited for
    /// `m`'s interfaces): each alone, then against the interface's
    /// signature (E0008).
    pub fn check_impls(&mut self) {
        let work: Vec<MethodCheck> = self
            .impls
            .iter_mut()
            .filter(|i| !i.checked)
            .flat_map(|i| {
                i.checked = true;
                let m = i.module;
                let short = i.info.interface.rsplit('.').next().unwrap_or("").to_string();
                let vars = i.info.type_params.clone();
                i.info
                    .methods
                    .iter()
                    .zip(&i.declared)
                    .map(move |((_, id), (p, r))| MethodCheck {
                        id: *id,
                        params: p.clone(),
                        ret: r.clone(),
                        interface: short.clone(),
                        vars: vars.clone(),
                        module: m,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        for MethodCheck { id, params, ret, interface, vars, module: m } in work {
            self.check_group(&[id]);
            self.drain_failures(m);
            let FnSig::Done(scheme) = self.fns[id.0 as usize].sig.clone() else { continue };
            let span = self.fns[id.0 as usize].clauses[0].span;
            let declared_scheme = crate::infer::Scheme {
                vars,
                preds: Vec::new(),
                projections: Vec::new(),
                ty: Type::Fun(params, Box::new(ret)),
            };
            let (declared, _) = self.table.instantiate(&declared_scheme, span);
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

    /// The method `name` implemented for the type `ty` (an impl for a
    /// generic type covers all its instances):
    /// `Ok(None)` when none, `Err(())` when several interfaces provide it.
    pub fn impl_method(&self, ty: &Type, name: &str) -> Result<Option<FnId>, ()> {
        let found: Vec<FnId> = self
            .impls
            .iter()
            .filter(|i| same_head(&i.info.for_type, ty))
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

    /// The static method `name` of every impl for the type named `owner`
    /// (as module `m` sees it), with each one's first parameter type, when
    /// all of them come from one interface (`From<Int>`, `From<String>`).
    pub fn static_overloads(&self, m: usize, owner: &str, name: &str) -> Vec<(Type, FnId)> {
        let scope = &self.scopes[m];
        let own = scope.types.get(owner).map(|(t, _)| *t);
        let imported = match scope.imported_types.get(owner).map(|l| l.as_slice()) {
            Some([(t, _)]) => Some(*t),
            _ => None,
        };
        let Some(TypeRef::Def(id)) = own.or(imported) else {
            return Vec::new();
        };
        let ty = Type::Named(id, Vec::new());
        let found: Vec<(&str, Type, FnId)> = self
            .impls
            .iter()
            .filter(|i| same_head(&i.info.for_type, &ty))
            .filter_map(|i| {
                let k = i.info.methods.iter().position(|(n, _)| n == name)?;
                let first = i.declared[k].0.first()?.clone();
                Some((i.info.interface.as_str(), first, i.info.methods[k].1))
            })
            .collect();
        if found.windows(2).any(|w| w[0].0 != w[1].0) {
            return Vec::new();
        }
        found.into_iter().map(|(_, t, f)| (t, f)).collect()
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

/// Whether an impl for `for_type` covers `ty`: the same primitive, or the
/// same nominal type (whatever its arguments).
pub fn same_head(for_type: &Type, ty: &Type) -> bool {
    match (for_type, ty) {
        (Type::Named(a, _), Type::Named(b, _)) => a == b,
        _ => for_type == ty,
    }
}
