//! Deriving (language.md §3.6.1): which interfaces a sum type or struct
//! implements. Without a clause a struct gets `Eq`, `Ord`, `Debug`, `Hash`
//! and a sum type `Eq`, `Ord`, `Debug`, each silently dropped when a field
//! cannot support it; an explicit list gives exactly the listed ones
//! (E0028 unknown name, E0029 `Ord` without `Eq`, E0006 when a field does
//! not support a listed interface, E0038 for a field `Json` cannot encode,
//! E0039 for a field `Row` cannot map). `Schema` (structs only) is not an
//! interface: its metadata functions are in `schema.rs`.

use crate::checker::Checker;
use crate::hir::{TypeDefKind, TypeId};
use crate::predicates::Trait;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// What a declaration's `deriving` clause asks for.
pub enum Derives {
    /// No clause: the implicit set, filtered by the fields.
    Implicit(Vec<Trait>),
    /// An explicit list (already validated), with where each is named.
    Explicit(Vec<(Trait, Span)>),
}

impl Checker<'_> {
    /// Validates a `deriving` clause of the type `type_name`.
    pub fn derives(
        &mut self,
        deriving: Option<&[ast::Name]>,
        type_name: &ast::Name,
        is_struct: bool,
    ) -> Derives {
        let Some(list) = deriving else {
            let mut implicit = vec![Trait::Eq, Trait::Ord, Trait::Debug];
            if is_struct {
                implicit.push(Trait::Hash);
            }
            return Derives::Implicit(implicit);
        };
        let mut set: Vec<(Trait, Span)> = Vec::new();
        for n in list {
            match Trait::from_name(&n.text) {
                Some(tr @ (Trait::Eq | Trait::Ord | Trait::Display | Trait::Debug | Trait::Hash | Trait::Json | Trait::Row)) => {
                    set.push((tr, n.span));
                }
                _ if is_struct && n.text == "Schema" => {}
                _ => self.diags.push(Diagnostic::error(
                    codes::CANNOT_DERIVE,
                    format!(
                        "cannot derive `{}` for `{}` -- only Eq, Ord, Display, Debug, Hash, Json, and Row are derivable",
                        n.text, type_name.text
                    ),
                    n.span,
                )),
            }
        }
        let has = |t: Trait| set.iter().any(|(x, _)| *x == t);
        if has(Trait::Ord) && !has(Trait::Eq) {
            let span = list
                .iter()
                .find(|n| n.text == "Ord")
                .map_or(type_name.span, |n| n.span);
            self.diags.push(Diagnostic::error(
                codes::DERIVE_PREREQUISITE,
                format!(
                    "deriving `Ord` for `{}` requires `Eq` to also be derived",
                    type_name.text
                ),
                span,
            ));
        }
        Derives::Explicit(set)
    }

    /// Fixes the derived sets of a module's new types once their fields
    /// are known: implicit sets keep only what every field supports (to a
    /// fixpoint, for types that refer to each other); an explicitly listed
    /// interface that a field does not support is E0006.
    pub fn settle_derives(&mut self, types: Vec<(TypeId, Derives)>) {
        let mut implicit = Vec::new();
        let mut explicit = Vec::new();
        for (id, d) in types {
            match d {
                Derives::Explicit(list) => {
                    self.table.nominal.derived[id.0 as usize] = list.iter().map(|(t, _)| *t).collect();
                    explicit.push((id, list));
                }
                Derives::Implicit(traits) => {
                    self.table.nominal.derived[id.0 as usize] = traits.iter().copied().collect();
                    implicit.push(id);
                }
            }
        }
        loop {
            let mut changed = false;
            for &id in &implicit {
                let fields = self.field_types(id);
                let current: Vec<Trait> =
                    self.table.nominal.derived[id.0 as usize].iter().copied().collect();
                for tr in current {
                    if !fields.iter().all(|f| self.supports(f, tr)) {
                        self.table.nominal.derived[id.0 as usize].remove(&tr);
                        changed = true;
                    }
                }
                let set = &mut self.table.nominal.derived[id.0 as usize];
                if set.contains(&Trait::Ord) && !set.contains(&Trait::Eq) {
                    set.remove(&Trait::Ord);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        for (id, list) in explicit {
            for (tr, span) in list {
                if tr == Trait::Json {
                    self.check_json_fields(id);
                    continue;
                }
                if tr == Trait::Row {
                    self.check_row_fields(id);
                    continue;
                }
                let unsupported = self
                    .named_fields(id)
                    .into_iter()
                    .find(|(_, t)| !self.supports(t, tr));
                if let Some((field, _)) = unsupported {
                    let type_name = self.types[id.0 as usize].name.clone();
                    self.diags.push(Diagnostic::error(
                        codes::NOT_IMPLEMENTED_TRAIT,
                        format!(
                            "cannot derive `{}` for `{}`: {} does not implement `{}`",
                            tr.name(),
                            type_name,
                            field,
                            tr.name()
                        ),
                        span,
                    ));
                }
            }
        }
    }

    /// Copies each user or prelude type's derived set into
    /// `TypeDef::derives` (built-in runtime types keep an empty list: their
    /// behaviour is the runtime's, not a derived one).
    pub fn record_derives(&mut self) {
        for (index, (def, set)) in self.types.iter_mut().zip(&self.table.nominal.derived).enumerate() {
            if matches!(def.kind, TypeDefKind::Builtin) {
                continue;
            }
            let mut names: Vec<Trait> = set.iter().copied().collect();
            names.sort();
            def.derives = names.into_iter().map(|t| t.name().to_string()).collect();
            if self.schemas.contains_key(&TypeId(index as u32)) {
                def.derives.push("Schema".to_string());
            }
        }
    }

    /// Every field of a struct (`field `f``) or sum type (`a field of `V``)
    /// with its type.
    fn named_fields(&self, id: TypeId) -> Vec<(String, Type)> {
        match &self.types[id.0 as usize].kind {
            TypeDefKind::Struct { fields } => fields
                .iter()
                .map(|(n, t)| (format!("field `{}`", n), t.clone()))
                .collect(),
            TypeDefKind::Sum { variants } => variants
                .iter()
                .flat_map(|v| {
                    v.fields
                        .iter()
                        .map(move |t| (format!("a field of `{}`", v.name), t.clone()))
                })
                .collect(),
            TypeDefKind::Builtin => Vec::new(),
        }
    }

    /// E0038 for the first field of a type deriving `Json` that is not
    /// JSON-serializable, reported at the field's declaration.
    fn check_json_fields(&mut self, id: TypeId) {
        let fields = self.named_fields(id);
        let Some(index) = fields.iter().position(|(_, t)| !self.supports(t, Trait::Json)) else {
            return;
        };
        let Some((label, span, shown)) = self.declared_field(id, index) else {
            return;
        };
        self.diags.push(Diagnostic::error(
            codes::NOT_JSON,
            format!("{} of type `{}` is not JSON-serializable", label, shown),
            span,
        ));
    }

    /// E0039 for the first field of a type deriving `Row` whose type is not
    /// `Int`, `Float`, `Bool`, `String` or an `Option` of one of them.
    fn check_row_fields(&mut self, id: TypeId) {
        let option = self.table.nominal.option;
        let scalar = |t: &Type| matches!(t, Type::Int | Type::Float | Type::Bool | Type::String);
        let mappable = |t: &Type| match t {
            Type::Named(o, args) if Some(*o) == option => args.first().is_some_and(scalar),
            t => scalar(t),
        };
        let fields = self.named_fields(id);
        let Some(index) = fields.iter().position(|(_, t)| !mappable(t)) else {
            return;
        };
        let Some((label, span, shown)) = self.declared_field(id, index) else {
            return;
        };
        self.diags.push(Diagnostic::error(
            codes::NOT_ROW,
            format!(
                "{} has type `{}` which cannot be mapped from a database row (only Int, Float, Bool, String, and Option<T> are supported)",
                label, shown
            ),
            span,
        ));
    }

    /// The `index`-th field of type `id` as declared: its label (`field
    /// `f``), where it is written, and its type as shown in its module.
    fn declared_field(&self, id: TypeId, index: usize) -> Option<(String, Span, String)> {
        let fields = self.named_fields(id);
        let (module, type_name) = {
            let def = &self.types[id.0 as usize];
            (def.module.clone(), def.name.clone())
        };
        let declared = self
            .sources
            .iter()
            .filter(|s| s.name == module)
            .flat_map(|s| &s.ast.items)
            .find_map(|item| match item {
                ast::Item::Struct(d) if d.name.text == type_name => Some(
                    d.fields
                        .iter()
                        .map(|f| (format!("field `{}`", f.name.text), f.name.span))
                        .collect::<Vec<_>>(),
                ),
                ast::Item::SumType(d) if d.name.text == type_name => Some(
                    d.variants
                        .iter()
                        .flat_map(|v| v.fields.iter().map(move |f| (format!("a field of `{}`", v.name.text), f.span)))
                        .collect(),
                ),
                _ => None,
            });
        let (label, span) = declared.and_then(|d| d.into_iter().nth(index))?;
        let home = self.scopes.iter().position(|s| s.name == module).unwrap_or(0);
        Some((label, span, self.show(&fields.get(index)?.1, home)))
    }

    /// Every field type of a struct or of all variants of a sum type.
    fn field_types(&self, id: TypeId) -> Vec<Type> {
        self.named_fields(id).into_iter().map(|(_, t)| t).collect()
    }

    /// Whether a field type can implement `tr` (type parameters can).
    pub fn supports(&self, ty: &Type, tr: Trait) -> bool {
        match ty {
            Type::Var(_) => true,
            _ => match self.table.nominal.requirements(ty, tr) {
                Ok(obligations) => obligations.iter().all(|(t, tr)| self.supports(t, *tr)),
                Err(()) => false,
            },
        }
    }
}
