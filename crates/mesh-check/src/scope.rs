//! Module namespaces and name lookup (language.md §2.4-2.5, §4.3): each
//! module's own items, what its imports bring in, the prelude, and the
//! resolution of unqualified and qualified names, with E0004/E0034/E0035/
//! E0100/E0104 diagnostics.

use crate::checker::Checker;
use crate::hir::{ExternId, FnId, TypeId};
use crate::modules::is_stdlib_name;
use crate::suggest;
use crate::{ModuleSource, Origin};
use mesh_syntax::{codes, Diagnostic, Span};
use std::collections::HashMap;

/// A value-level name: a function, a runtime binding or a constructor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Fn(FnId),
    Extern(ExternId),
    Ctor(TypeId, u32),
}

/// A type-level name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeRef {
    Def(TypeId),
    /// A type alias: index into `Checker::aliases`.
    Alias(usize),
}

pub struct ModuleScope {
    pub name: String,
    pub origin: Origin,
    /// Own top-level values with their `pub` flag.
    pub values: HashMap<String, (Value, bool)>,
    /// Own types with their `pub` flag.
    pub types: HashMap<String, (TypeRef, bool)>,
    /// Own functions in declaration order.
    pub functions: Vec<FnId>,
    /// Values brought in by imports, with the module they came from.
    pub imported_values: HashMap<String, Vec<(Value, usize)>>,
    pub imported_types: HashMap<String, Vec<(TypeRef, usize)>>,
    /// `import A.B` enables `B.f`: last segment -> module.
    pub qualified: HashMap<String, usize>,
}

impl ModuleScope {
    pub fn new(src: &ModuleSource) -> ModuleScope {
        ModuleScope {
            name: src.name.clone(),
            origin: src.origin,
            values: HashMap::new(),
            types: HashMap::new(),
            functions: Vec::new(),
            imported_values: HashMap::new(),
            imported_types: HashMap::new(),
            qualified: HashMap::new(),
        }
    }

    pub fn own_type(&self, name: &str) -> Option<TypeId> {
        match self.types.get(name) {
            Some((TypeRef::Def(id), _)) => Some(*id),
            _ => None,
        }
    }

    /// Names another module may import, sorted (for E0034).
    pub fn public_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .values
            .iter()
            .filter(|(_, (_, p))| *p)
            .map(|(n, _)| n.clone())
            .chain(
                self.types
                    .iter()
                    .filter(|(_, (_, p))| *p)
                    .map(|(n, _)| n.clone()),
            )
            .collect();
        names.sort();
        names.dedup();
        names
    }
}

fn push_unique<T: PartialEq>(list: &mut Vec<(T, usize)>, item: (T, usize)) {
    if !list.iter().any(|(v, _)| *v == item.0) {
        list.push(item);
    }
}

impl Checker<'_> {
    /// Applies the imports of `module` (all imported modules are collected).
    pub fn apply_imports(&mut self, module: usize, imports: &[crate::modules::ImportRef]) {
        for imp in imports {
            let Some(target) = imp.target else {
                // A standard-library module without a file.
                if imp.names.is_some() {
                    self.unsupported_module(&imp.path, imp.path_span);
                }
                continue;
            };
            let target_is_user = self.scopes[target].origin == Origin::User;
            if target_is_user {
                // Wholesale import of pub types and their variants (§2.4.1 rule 1).
                let types: Vec<(String, TypeRef)> = self.scopes[target]
                    .types
                    .iter()
                    .filter(|(_, (_, p))| *p)
                    .map(|(n, (t, _))| (n.clone(), *t))
                    .collect();
                for (name, t) in types {
                    push_unique(
                        self.scopes[module].imported_types.entry(name).or_default(),
                        (t, target),
                    );
                    if let TypeRef::Def(id) = t {
                        for (vname, value) in self.variant_values(id) {
                            push_unique(
                                self.scopes[module]
                                    .imported_values
                                    .entry(vname)
                                    .or_default(),
                                (value, target),
                            );
                        }
                    }
                }
            }
            match &imp.names {
                None => {
                    if target_is_user {
                        let last = imp.path.rsplit('.').next().unwrap_or(&imp.path).to_string();
                        self.scopes[module].qualified.insert(last, target);
                    }
                }
                Some(names) => {
                    for n in names {
                        let scope = &self.scopes[target];
                        let value = scope.values.get(&n.text).copied();
                        let ty = scope.types.get(&n.text).copied();
                        let public = value.map(|v| v.1).or(ty.map(|t| t.1));
                        match public {
                            Some(true) => {
                                if let Some((v, _)) = value {
                                    push_unique(
                                        self.scopes[module]
                                            .imported_values
                                            .entry(n.text.clone())
                                            .or_default(),
                                        (v, target),
                                    );
                                }
                                if let Some((t, _)) = ty {
                                    push_unique(
                                        self.scopes[module]
                                            .imported_types
                                            .entry(n.text.clone())
                                            .or_default(),
                                        (t, target),
                                    );
                                }
                            }
                            Some(false) => {
                                self.diags.push(private_error(&n.text, &scope.name, n.span))
                            }
                            None => {
                                let available = scope.public_names();
                                let mut d = Diagnostic::error(
                                    codes::NOT_EXPORTED,
                                    format!(
                                        "`{}` is not exported by module `{}`",
                                        n.text, scope.name
                                    ),
                                    n.span,
                                )
                                .with_note(format!("available: {}", available.join(", ")));
                                if let Some(s) =
                                    suggest::closest(&n.text, available.iter().map(|s| s.as_str()))
                                {
                                    d = d.with_help(format!("did you mean `{}`?", s));
                                }
                                self.diags.push(d);
                            }
                        }
                    }
                }
            }
        }
    }

    pub fn variant_values(&self, id: TypeId) -> Vec<(String, Value)> {
        match self.types.get(id.0 as usize).map(|t| &t.kind) {
            Some(crate::hir::TypeDefKind::Sum { variants }) => variants
                .iter()
                .enumerate()
                .map(|(i, v)| (v.name.clone(), Value::Ctor(id, i as u32)))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn unsupported_module(&mut self, name: &str, span: Span) {
        self.diags.push(Diagnostic::error(
            codes::UNSUPPORTED,
            format!("module `{}` is not supported yet", name),
            span,
        ));
    }

    /// An unqualified value name outside the local scopes: own items, then
    /// imports, then the prelude. `Ok(None)` when unknown; `Err(())` when an
    /// error was reported (ambiguity).
    pub fn lookup_value(
        &mut self,
        module: usize,
        name: &str,
        span: Span,
    ) -> Result<Option<Value>, ()> {
        let scope = &self.scopes[module];
        if let Some((v, _)) = scope.values.get(name) {
            return Ok(Some(*v));
        }
        if let Some(list) = scope.imported_values.get(name) {
            match list.as_slice() {
                [] => {}
                [(v, _)] => return Ok(Some(*v)),
                [(_, a), (_, b), ..] => {
                    let (a, b) = (self.scopes[*a].name.clone(), self.scopes[*b].name.clone());
                    self.diags.push(
                        Diagnostic::error(
                            codes::AMBIGUOUS_IMPORT,
                            format!(
                                "`{}` is ambiguous: it is imported from `{}` and `{}`",
                                name, a, b
                            ),
                            span,
                        )
                        .with_help(format!(
                            "qualify the name, e.g. `{}.{}`",
                            b.rsplit('.').next().unwrap_or(&b),
                            name
                        )),
                    );
                    return Err(());
                }
            }
        }
        if let Some(p) = self.prelude {
            if p != module {
                if let Some((v, true)) = self.scopes[p].values.get(name) {
                    return Ok(Some(*v));
                }
            }
        }
        Ok(None)
    }

    /// An unqualified type name (not a built-in): own, imported, prelude.
    pub fn lookup_type(
        &mut self,
        module: usize,
        name: &str,
        span: Span,
    ) -> Result<Option<TypeRef>, ()> {
        let scope = &self.scopes[module];
        if let Some((t, _)) = scope.types.get(name) {
            return Ok(Some(*t));
        }
        if let Some(list) = scope.imported_types.get(name) {
            match list.as_slice() {
                [] => {}
                [(t, _)] => return Ok(Some(*t)),
                [(_, a), (_, b), ..] => {
                    let (a, b) = (self.scopes[*a].name.clone(), self.scopes[*b].name.clone());
                    self.diags.push(Diagnostic::error(
                        codes::AMBIGUOUS_IMPORT,
                        format!(
                            "`{}` is ambiguous: it is imported from `{}` and `{}`",
                            name, a, b
                        ),
                        span,
                    ));
                    return Err(());
                }
            }
        }
        if let Some(p) = self.prelude {
            if let Some((t, true)) = self.scopes[p].types.get(name) {
                return Ok(Some(*t));
            }
        }
        Ok(None)
    }

    /// Every value name visible unqualified in `module` (for suggestions).
    pub fn visible_value_names(&self, module: usize) -> Vec<String> {
        let scope = &self.scopes[module];
        let mut names: Vec<String> = scope
            .values
            .keys()
            .chain(scope.imported_values.keys())
            .cloned()
            .collect();
        if let Some(p) = self.prelude {
            names.extend(
                self.scopes[p]
                    .values
                    .iter()
                    .filter(|(_, (_, p))| *p)
                    .map(|(n, _)| n.clone()),
            );
        }
        names
    }

    /// `Q.name` where `Q` is not a local: a module member or a variant.
    /// `Ok(None)` when `Q` names nothing (the caller reports); `Err(())`
    /// when a diagnostic was reported.
    pub fn lookup_qualified(
        &mut self,
        module: usize,
        qualifier: &str,
        qualifier_span: Span,
        name: &str,
        name_span: Span,
    ) -> Result<Option<Value>, ()> {
        let target = self.scopes[module]
            .qualified
            .get(qualifier)
            .copied()
            .or_else(|| {
                if !is_stdlib_name(qualifier) {
                    return None;
                }
                self.scopes
                    .iter()
                    .position(|s| s.origin == Origin::Stdlib && s.name == qualifier)
            });
        if let Some(t) = target {
            let scope = &self.scopes[t];
            return match scope.values.get(name) {
                Some((v, true)) => Ok(Some(*v)),
                Some((_, false)) => {
                    self.diags.push(private_error(name, &scope.name, name_span));
                    Err(())
                }
                None => {
                    let available = scope.public_names();
                    let mut d = Diagnostic::error(
                        codes::NOT_EXPORTED,
                        format!("`{}` is not exported by module `{}`", name, scope.name),
                        name_span,
                    );
                    if let Some(s) = suggest::closest(name, available.iter().map(|s| s.as_str())) {
                        d = d.with_help(format!("did you mean `{}`?", s));
                    }
                    self.diags.push(d);
                    Err(())
                }
            };
        }
        if is_stdlib_name(qualifier) {
            self.unsupported_module(qualifier, qualifier_span);
            return Err(());
        }
        if let Ok(Some(TypeRef::Def(id))) = self.lookup_type(module, qualifier, qualifier_span) {
            if let Some(member) = self.service_member(id, name, name_span) {
                return member.map(Some);
            }
            if let Some((_, v)) = self.variant_values(id).into_iter().find(|(n, _)| n == name) {
                return Ok(Some(v));
            }
            match self.impl_method(&crate::types::Type::Named(id, Vec::new()), name) {
                Ok(Some(f)) => return Ok(Some(Value::Fn(f))),
                Ok(None) => {}
                Err(()) => {
                    self.diags.push(Diagnostic::error(
                        codes::AMBIGUOUS_METHOD,
                        format!(
                            "ambiguous method `{}` for type `{}`",
                            name, qualifier
                        ),
                        name_span,
                    ));
                    return Err(());
                }
            }
            if matches!(
                self.types[id.0 as usize].kind,
                crate::hir::TypeDefKind::Sum { .. }
            ) {
                self.diags.push(Diagnostic::error(
                    codes::UNKNOWN_VARIANT,
                    format!("unknown variant `{}`", name),
                    name_span,
                ));
                return Err(());
            }
        }
        Ok(None)
    }

    /// Whether `name` is a user module that `module` could import.
    pub fn is_user_module_last_segment(&self, name: &str) -> Option<String> {
        self.scopes
            .iter()
            .find(|s| s.origin == Origin::User && s.name.rsplit('.').next() == Some(name))
            .map(|s| s.name.clone())
    }
}

pub fn private_error(name: &str, module: &str, span: Span) -> Diagnostic {
    Diagnostic::error(
        codes::PRIVATE,
        format!(
            "`{}` is private in module `{}`; add `pub` to make it accessible",
            name, module
        ),
        span,
    )
}
