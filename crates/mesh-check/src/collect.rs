//! Declarations of one module: imports, sum types and their constructors
//! (language.md §3.4), `extern fn` bindings (their symbols:
//! extern_symbol.rs), and top-level functions with their clauses grouped
//! (§3.1.4: E0022, E0023, W0002). Items this checker does not support are
//! reported once here (E0100, E0103).

use crate::checker::{Checker, ExternEntry, FnEntry, FnSig};
use crate::extern_symbol::resolve_extern_symbol;
use crate::hir::{self, ExternId, FnId, TypeId};
use crate::infer::Scheme;
use crate::modules::ImportRef;
use crate::predicates::Trait;
use crate::scope::{TypeRef, Value};
use crate::types::{TyVar, Type};
use crate::Origin;
use mesh_syntax::{ast, codes, Diagnostic, Span};
use std::collections::HashSet;

const BUILTIN_VARIANTS: &[&str] = &["Some", "None", "Ok", "Err", "Less", "Equal", "Greater"];

impl<'a> Checker<'a> {
    pub fn collect_module(&mut self, m: usize, imports: &[ImportRef]) {
        let sources = self.sources;
        let src = &sources[m];
        self.apply_imports(m, imports);

        // Type names first, so that every annotation can refer to them.
        let mut sums: Vec<(&'a ast::SumTypeDef, TypeId)> = Vec::new();
        let mut structs: Vec<(&'a ast::StructDef, TypeId)> = Vec::new();
        let mut derives = Vec::new();
        for item in &src.ast.items {
            match item {
                ast::Item::SumType(def) => {
                    if self.scopes[m].types.contains_key(&def.name.text) {
                        self.duplicate(&def.name);
                        continue;
                    }
                    let d = self.derives(def.deriving.as_deref(), &def.name, false);
                    let kind = hir::TypeDefKind::Sum {
                        variants: Vec::new(),
                    };
                    let id = self.declare_type(m, &def.name, def.generics.len(), kind, def.is_pub);
                    derives.push((id, d));
                    sums.push((def, id));
                }
                ast::Item::Struct(def) => {
                    if self.scopes[m].types.contains_key(&def.name.text) {
                        self.duplicate(&def.name);
                        continue;
                    }
                    let d = self.derives(def.deriving.as_deref(), &def.name, true);
                    let kind = hir::TypeDefKind::Struct { fields: Vec::new() };
                    let id = self.declare_type(m, &def.name, def.generics.len(), kind, def.is_pub);
                    if let Some(options) = crate::schema::SchemaOptions::of(def) {
                        self.schemas.insert(id, options);
                    }
                    derives.push((id, d));
                    structs.push((def, id));
                }
                ast::Item::TypeAlias(def) => {
                    if self.scopes[m].types.contains_key(&def.name.text) {
                        self.duplicate(&def.name);
                        continue;
                    }
                    let index = self.aliases.len();
                    self.aliases.push(crate::aliases::AliasEntry {
                        module: m,
                        def,
                        expanding: false,
                    });
                    self.scopes[m]
                        .types
                        .insert(def.name.text.clone(), (TypeRef::Alias(index), def.is_pub));
                }
                _ => {}
            }
        }
        if Some(m) == self.prelude {
            self.table.nominal.option = self.scopes[m].own_type("Option");
            self.table.nominal.result = self.scopes[m].own_type("Result");
        }
        self.check_aliases(m);
        for (def, id) in sums {
            self.collect_variants(m, def, id);
        }
        let schema_structs: Vec<TypeId> = structs
            .iter()
            .map(|(_, id)| *id)
            .filter(|id| self.schemas.contains_key(id))
            .collect();
        for (def, id) in structs {
            self.collect_fields(m, def, id);
        }
        self.preregister_builtin_impls(m);
        self.settle_derives(derives);
        for id in schema_structs {
            self.synthesise_schema_functions(m, id);
        }

        let mut group: Option<FnId> = None;
        for item in &src.ast.items {
            match item {
                ast::Item::Fn(def) => group = self.collect_fn(m, def, group),
                ast::Item::Extern(def) => {
                    group = None;
                    self.collect_extern(m, def);
                }
                other => {
                    group = None;
                    match other {
                        ast::Item::Module(d) => self.diags.push(Diagnostic::error(
                            codes::INLINE_MODULE,
                            "inline modules are not supported; use a separate file",
                            d.span,
                        )),
                        _ => {}
                    }
                }
            }
        }
        self.register_actors(m);
        self.collect_impls(m);
        let functions = self.scopes[m].functions.clone();
        for id in functions {
            self.check_catch_all(id);
        }
    }

    /// E0100 "<what> not supported yet"; `what` includes its verb ("structs are").
    pub fn unsupported(&mut self, what: &str, span: Span) {
        self.diags.push(Diagnostic::error(
            codes::UNSUPPORTED,
            format!("{} not supported yet", what),
            span,
        ));
    }

    fn duplicate(&mut self, name: &ast::Name) {
        self.diags.push(Diagnostic::error(
            codes::DUPLICATE_NAME,
            format!("`{}` is defined more than once", name.text),
            name.span,
        ));
    }

    /// Adds a user type named `name` with `arity` parameters to module `m`.
    fn declare_type(
        &mut self,
        m: usize,
        name: &ast::Name,
        arity: usize,
        kind: hir::TypeDefKind,
        is_pub: bool,
    ) -> TypeId {
        let type_def = hir::TypeDef {
            derives: Vec::new(),
            name: name.text.clone(),
            module: self.scopes[m].name.clone(),
            params: (0..arity as u32).map(TyVar).collect(),
            kind,
        };
        let id = self.add_type(type_def, HashSet::new());
        self.scopes[m]
            .types
            .insert(name.text.clone(), (TypeRef::Def(id), is_pub));
        id
    }

    fn collect_variants(&mut self, m: usize, def: &ast::SumTypeDef, id: TypeId) {
        let generics: Vec<(String, Type)> = def
            .generics
            .iter()
            .enumerate()
            .map(|(i, g)| (g.text.clone(), Type::Var(TyVar(i as u32))))
            .collect();
        let mut variants = Vec::new();
        for v in &def.variants {
            let fields: Vec<Type> = v
                .fields
                .iter()
                .map(|f| self.resolve_type(m, &generics, &f.ty))
                .collect();
            let clash = self.scopes[m].values.contains_key(&v.name.text)
                || (self.scopes[m].origin == Origin::User
                    && BUILTIN_VARIANTS.contains(&v.name.text.as_str()));
            if clash {
                self.duplicate(&v.name);
                continue;
            }
            let index = variants.len() as u32;
            self.scopes[m]
                .values
                .insert(v.name.text.clone(), (Value::Ctor(id, index), def.is_pub));
            variants.push(hir::VariantDef {
                name: v.name.text.clone(),
                fields,
            });
        }
        self.types[id.0 as usize].kind = hir::TypeDefKind::Sum { variants };
    }

    fn collect_extern(&mut self, m: usize, def: &ast::ExternFnDef) {
        if self.scopes[m].values.contains_key(&def.name.text) {
            self.duplicate(&def.name);
            return;
        }
        let vars: Vec<TyVar> = (0..def.generics.len() as u32).map(TyVar).collect();
        let generics: Vec<(String, Type)> = def
            .generics
            .iter()
            .zip(&vars)
            .map(|(g, v)| (g.text.clone(), Type::Var(*v)))
            .collect();
        let mut params = Vec::new();
        for p in &def.params {
            match &p.ty {
                Some(t) => params.push(self.resolve_type(m, &generics, t)),
                None => {
                    self.diags.push(Diagnostic::error(
                        codes::UNKNOWN_TYPE,
                        "an `extern fn` parameter needs a type annotation",
                        p.span,
                    ));
                    params.push(self.table.error());
                }
            }
        }
        let ret = self.resolve_type(m, &generics, &def.ret);
        let mut preds = Vec::new();
        for b in &def.where_clause {
            if let Some((Type::Var(v), tr)) = self.resolve_bound(&generics, b) {
                preds.push((v, tr));
            }
        }
        let (symbol, type_info_params) = match resolve_extern_symbol(def) {
            Ok(resolved) => resolved,
            Err(diag) => {
                self.diags.push(*diag);
                (def.symbol.clone(), Vec::new())
            }
        };
        let id = ExternId(self.externs.len() as u32);
        let scheme = Scheme {
            vars: vars.clone(),
            preds,
            projections: Vec::new(),
            ty: Type::Fun(params.clone(), Box::new(ret.clone())),
        };
        self.externs.push(ExternEntry {
            hir: hir::ExternFn {
                name: def.name.text.clone(),
                module: self.scopes[m].name.clone(),
                symbol,
                type_params: vars,
                type_info_params,
                params,
                ret,
            },
            scheme,
        });
        if Some(m) == self.prelude && def.name.text == "to_string" {
            self.to_string_extern = Some(id);
        }
        if Some(m) == self.prelude && def.name.text == "inspect" {
            self.inspect_extern = Some(id);
        }
        self.scopes[m]
            .values
            .insert(def.name.text.clone(), (Value::Extern(id), def.is_pub));
    }

    /// `T: Interface` of a `where` clause: the parameter's type and the interface.
    pub fn resolve_bound(
        &mut self,
        generics: &[(String, Type)],
        b: &ast::Bound,
    ) -> Option<(Type, Trait)> {
        let var = generics
            .iter()
            .find(|(g, _)| *g == b.var.text)
            .map(|(_, t)| t.clone());
        let Some(var) = var else {
            self.diags.push(Diagnostic::error(
                codes::UNKNOWN_TYPE,
                format!("unknown type parameter `{}`", b.var.text),
                b.var.span,
            ));
            return None;
        };
        let name: Vec<&str> = b.interface.iter().map(|n| n.text.as_str()).collect();
        match (
            name.as_slice(),
            name.first().and_then(|n| Trait::from_name(n)),
        ) {
            ([_], Some(tr)) => Some((var, tr)),
            _ => match self.user_bound(b) {
                Ok(Some(tr)) => Some((var, tr)),
                Err(()) => None,
                Ok(None) => {
                    let what = format!("interface `{}` as a `where` bound is", name.join("."));
                    self.unsupported(&what, b.span);
                    None
                }
            },
        }
    }

    /// Adds `def` as a new function or as the next clause of `group`;
    /// returns the group that a following clause may join.
    fn collect_fn(&mut self, m: usize, def: &'a ast::FnDef, group: Option<FnId>) -> Option<FnId> {
        let arity = def.params.as_ref().map_or(0, |p| p.len());
        if let Some(id) = group {
            let entry = &self.fns[id.0 as usize];
            let first_arity = entry.clauses[0].params.as_ref().map_or(0, |p| p.len());
            if entry.name == def.name.text && first_arity == arity {
                self.warn_non_first_clause(def);
                self.fns[id.0 as usize].clauses.push(def);
                return Some(id);
            }
        }
        if self.scopes[m].values.contains_key(&def.name.text) {
            self.diags.push(Diagnostic::error(
                codes::DUPLICATE_FUNCTION,
                format!(
                    "function `{}/{}` already defined; multi-clause functions must have consecutive clauses",
                    def.name.text, arity
                ),
                def.name.span,
            ));
            return None;
        }
        let id = FnId(self.fns.len() as u32);
        self.fns.push(FnEntry {
            name: def.name.text.clone(),
            module: m,
            clauses: vec![def],
            sig: FnSig::Unstarted,
            hir: None,
            signature: None,
        });
        self.scopes[m]
            .values
            .insert(def.name.text.clone(), (Value::Fn(id), def.is_pub));
        self.scopes[m].functions.push(id);
        Some(id)
    }

    pub(crate) fn warn_non_first_clause(&mut self, def: &ast::FnDef) {
        let mut what = Vec::new();
        if def.is_pub {
            what.push("`pub`");
        }
        if !def.generics.is_empty() {
            what.push("type parameters");
        }
        if def.ret.is_some() {
            what.push("a return type");
        }
        if !def.where_clause.is_empty() {
            what.push("a `where` clause");
        }
        for w in what {
            self.diags.push(Diagnostic::warning(
                codes::NON_FIRST_CLAUSE,
                format!(
                    "{} on non-first clause of `{}` will be ignored",
                    w, def.name.text
                ),
                def.name.span,
            ));
        }
    }

    /// E0022: a catch-all clause before the last one.
    fn check_catch_all(&mut self, id: FnId) {
        let entry = &self.fns[id.0 as usize];
        let (name, clauses) = (entry.name.clone(), entry.clauses.clone());
        self.check_catch_all_clauses(&name, &clauses);
    }

    /// E0022 for the clauses of function `name`.
    pub(crate) fn check_catch_all_clauses(&mut self, name: &str, clauses: &[&ast::FnDef]) {
        let n = clauses.len();
        for clause in clauses.iter().take(n.saturating_sub(1)) {
            let params = clause.params.as_deref().unwrap_or(&[]);
            let catch_all = clause.guard.is_none()
                && params.iter().all(|p| {
                    matches!(
                        p.pat.kind,
                        ast::PatternKind::Bind(_) | ast::PatternKind::Wildcard
                    )
                });
            if catch_all {
                let d = Diagnostic::error(
                    codes::CATCH_ALL_NOT_LAST,
                    format!(
                        "catch-all clause must be the last clause of function `{}/{}`; clauses after a catch-all are unreachable",
                        name,
                        params.len()
                    ),
                    clause.span,
                );
                self.diags.push(d);
                return;
            }
        }
    }
}
