//! Associated types of types still unknown (language.md §3.7): calling
//! `c.first()` (declared `fn first(self) -> Self.Item`) on a `c :: T`
//! bounded by `where T: Container` gives the call a fresh type standing
//! for `T.Item` (an `infer::Projection`). Once `T` is known, the impl's
//! binding of `Item` is unified with it; while `T` is a quantified type
//! of a function, the projection joins the function's scheme, so that
//! every call's instance is tied to the impl of the caller's type.

use crate::checker::Checker;
use crate::infer::Projection;
use crate::types::{TyVar, Type};
use mesh_syntax::{ast, Span};

impl Checker<'_> {
    /// Whether the signature of method `name` of interface `index` names
    /// one of the implementing type's associated types (`Self.Item`).
    pub fn names_assoc_type(&self, index: usize, name: &str) -> bool {
        fn names(t: &ast::TypeExpr) -> bool {
            match &t.kind {
                ast::TypeExprKind::Unit => false,
                ast::TypeExprKind::Tuple(items) => items.iter().any(names),
                ast::TypeExprKind::Fun { params, ret } => params.iter().any(names) || names(ret),
                ast::TypeExprKind::Named { path, args } => {
                    (path.len() > 1 && path[0].text == "Self") || args.iter().any(names)
                }
            }
        }
        let def = self.interfaces[index].def;
        def.methods.iter().filter(|s| s.name.text == name).any(|s| {
            s.params.iter().filter_map(|p| p.ty.as_ref()).any(names)
                || s.ret.as_ref().is_some_and(names)
        })
    }

    /// `Self.X` for each associated type `X` of interface `index`, as fresh
    /// types standing for `self_ty`'s (recorded as projections): the
    /// generics under which the interface's method signatures resolve.
    pub fn assoc_type_generics(
        &mut self,
        index: usize,
        self_ty: &Type,
        span: Span,
    ) -> Vec<(String, Type)> {
        let entry = &self.interfaces[index];
        let (names, interface): (Vec<String>, &'static str) = (
            entry
                .def
                .assoc_types
                .iter()
                .map(|a| a.text.clone())
                .collect(),
            entry.qualified,
        );
        names
            .into_iter()
            .map(|assoc| {
                // Like the receiver's type, kept out of `let` generalisation.
                let ty = self.table.fresh_ungeneralised();
                self.table.projections.push(Projection {
                    self_ty: self_ty.clone(),
                    interface,
                    assoc: assoc.clone(),
                    ty: ty.clone(),
                    span,
                });
                (format!("Self.{assoc}"), ty)
            })
            .collect()
    }

    /// Unifies each projection whose type became known with its impl's
    /// binding (E0001 on a mismatch, at the projection's span); whether
    /// any was. A type without the impl is reported by the interface's
    /// predicate (E0006).
    pub fn resolve_projections(&mut self) -> bool {
        let mut progress = false;
        let mut waiting = Vec::new();
        for p in std::mem::take(&mut self.table.projections) {
            let self_ty = self.table.shallow(&p.self_ty);
            if self.table.is_unbound_var(&self_ty) {
                waiting.push(p);
                continue;
            }
            progress = true;
            if self.table.is_error(&self_ty) || self.table.is_error(&self.table.shallow(&p.ty)) {
                continue;
            }
            let binding = self
                .impls
                .iter()
                .filter(|i| {
                    i.info.interface == p.interface
                        && crate::impls::same_head(&i.info.for_type, &self_ty)
                })
                .find_map(|i| {
                    let (_, assoc) = i.info.assoc_types.iter().find(|(n, _)| *n == p.assoc)?;
                    Some((
                        i.info.type_params.clone(),
                        i.info.for_type.clone(),
                        assoc.clone(),
                    ))
                });
            let Some((vars, for_type, assoc)) = binding else {
                continue;
            };
            let fresh: Vec<Type> = vars.iter().map(|_| self.table.fresh()).collect();
            let _ = self
                .table
                .unify(&for_type.substitute(&vars, &fresh), &self_ty);
            let assoc = assoc.substitute(&vars, &fresh);
            let module = self
                .sources
                .iter()
                .position(|s| s.file == p.span.file)
                .unwrap_or(0);
            if let Some(d) = self.mismatch(module, &p.ty, &assoc, p.span) {
                self.diags.push(d);
            }
        }
        self.table.projections.extend(waiting);
        progress
    }

    /// Takes the projections whose type is one of the `quantified`
    /// variables (adding the variables of the types standing for them).
    pub fn take_quantified_projections(&mut self, quantified: &mut Vec<TyVar>) -> Vec<Projection> {
        let mut taken = Vec::new();
        loop {
            let (now, rest): (Vec<Projection>, Vec<Projection>) =
                std::mem::take(&mut self.table.projections)
                    .into_iter()
                    .partition(|p| {
                        matches!(self.table.shallow(&p.self_ty), Type::Var(v) if quantified.contains(&v))
                    });
            self.table.projections = rest;
            if now.is_empty() {
                return taken;
            }
            for p in &now {
                self.table.free_vars(&p.ty, quantified);
            }
            taken.extend(now);
        }
    }
}
