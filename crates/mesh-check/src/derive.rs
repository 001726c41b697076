//! Deriving (language.md §3.6.1): which interfaces a sum type or struct
//! implements. Without a clause a struct gets `Eq`, `Ord`, `Debug`, `Hash`
//! and a sum type `Eq`, `Ord`, `Debug`, each silently dropped when a field
//! cannot support it; an explicit list gives exactly the listed ones
//! (E0028 unknown name, E0029 `Ord` without `Eq`, E0006 when a field does
//! not support a listed interface; `Json`/`Row`/`Schema` are E0100 in this
//! version).

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
                Some(tr @ (Trait::Eq | Trait::Ord | Trait::Display | Trait::Debug | Trait::Hash)) => {
                    set.push((tr, n.span));
                }
                _ if matches!(n.text.as_str(), "Json" | "Row") || (is_struct && n.text == "Schema") => {
                    self.unsupported(&format!("deriving `{}` is", n.text), n.span);
                }
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

    /// Every field type of a struct or of all variants of a sum type.
    fn field_types(&self, id: TypeId) -> Vec<Type> {
        self.named_fields(id).into_iter().map(|(_, t)| t).collect()
    }

    /// Whether a field type can implement `tr` (type parameters can).
    fn supports(&self, ty: &Type, tr: Trait) -> bool {
        match ty {
            Type::Var(_) => true,
            _ => match self.table.nominal.requirements(ty, tr) {
                Ok(obligations) => obligations.iter().all(|(t, tr)| self.supports(t, *tr)),
                Err(()) => false,
            },
        }
    }
}
