//! Structs (language.md §3.3): field declarations (E0106), literals with
//! every field exactly once (E0009) evaluated in source order, field access
//! (deferred while the receiver's type is unknown, §6.5.5: re-examined when
//! the enclosing declaration is done, E0110 if still unknown) and
//! functional update `%{s | f: v}` (on a receiver of unknown type, each
//! updated field is deferred like a field access).

use crate::checker::Checker;
use crate::hir::{self, TypeDefKind, TypeId};
use crate::locals::FnCtx;
use crate::scope::TypeRef;
use crate::types::{TyVar, Type};
use mesh_syntax::{ast, codes, Diagnostic, Span};

/// The `index` of a `Field` whose receiver type was unknown when checked:
/// `PENDING_FIELD - slot`, `slot` indexing `Checker::pending_fields`. Every
/// such index is replaced before the function is finished.
const PENDING_FIELD: u32 = u32::MAX;

/// A field access, or one field of a functional update, awaiting its
/// receiver's type.
pub struct PendingField {
    pub module: usize,
    pub base_ty: Type,
    pub name: String,
    /// The access's type (a variable until resolved), or the type of the
    /// value an update gives the field.
    pub ty: Type,
    /// Where E0110 points when the receiver's type stays unknown.
    pub span: Span,
    /// For a field of a functional update: the span of its new value.
    pub update_value: Option<Span>,
    pub name_span: Span,
    /// The field's index once resolved.
    pub index: Option<u32>,
}

impl Checker<'_> {
    /// Resolves the field types of struct `id` declared by `def` in module `m`.
    pub fn collect_fields(&mut self, m: usize, def: &ast::StructDef, id: TypeId) {
        let generics: Vec<(String, Type)> = def
            .generics
            .iter()
            .enumerate()
            .map(|(i, g)| (g.text.clone(), Type::Var(TyVar(i as u32))))
            .collect();
        let mut fields: Vec<(String, Type)> = Vec::new();
        for f in &def.fields {
            let ty = match &f.ty {
                Some(t) => self.resolve_type(m, &generics, t),
                None => {
                    self.diags.push(Diagnostic::error(
                        codes::FIELD_WITHOUT_TYPE,
                        format!("field `{}` of struct `{}` needs a type", f.name.text, def.name.text),
                        f.span,
                    ));
                    Type::Unit
                }
            };
            if fields.iter().any(|(n, _)| *n == f.name.text) {
                self.diags.push(Diagnostic::error(
                    codes::DUPLICATE_NAME,
                    format!("field `{}` is declared more than once", f.name.text),
                    f.name.span,
                ));
                continue;
            }
            if matches!(&ty, Type::Named(t, _) if *t == id) {
                self.diags.push(Diagnostic::error(
                    codes::INFINITE_TYPE,
                    format!(
                        "struct `{}` contains itself directly (field `{}`); use an indirection such as `Option` or `List`",
                        def.name.text, f.name.text
                    ),
                    f.span,
                ));
            }
            fields.push((f.name.text.clone(), ty));
        }
        self.types[id.0 as usize].kind = TypeDefKind::Struct { fields };
    }

    /// The fields of struct `id` instantiated with `args`.
    fn struct_fields(&self, id: TypeId, args: &[Type]) -> Option<Vec<(String, Type)>> {
        let def = &self.types[id.0 as usize];
        match &def.kind {
            TypeDefKind::Struct { fields } => Some(
                fields
                    .iter()
                    .map(|(n, t)| (n.clone(), t.substitute(&def.params, args)))
                    .collect(),
            ),
            _ => None,
        }
    }

    /// `Name { f: v, ... }`
    pub fn check_struct_lit(
        &mut self,
        ctx: &mut FnCtx,
        name: &ast::Name,
        inits: &[ast::FieldInit],
        span: Span,
    ) -> hir::Expr {
        let id = match self.lookup_type(ctx.module, &name.text, name.span) {
            Ok(Some(TypeRef::Def(id)))
                if matches!(self.types[id.0 as usize].kind, TypeDefKind::Struct { .. }) =>
            {
                Some(id)
            }
            Err(()) => None,
            _ => {
                self.diags.push(Diagnostic::error(
                    codes::UNKNOWN_TYPE,
                    format!("unknown struct `{}`", name.text),
                    name.span,
                ));
                None
            }
        };
        let Some(id) = id else {
            for i in inits {
                let _ = self.check_expr(ctx, &i.value);
            }
            return self.error_expr(span);
        };
        let type_args = self.fresh_type_args(id);
        let fields = self.struct_fields(id, &type_args).unwrap_or_default();
        // (declaration index, value) in source order.
        let mut given: Vec<(usize, hir::Expr)> = Vec::new();
        for init in inits {
            let value = self.check_expr(ctx, &init.value);
            match fields.iter().position(|(n, _)| *n == init.name.text) {
                None => self.diags.push(Diagnostic::error(
                    codes::FIELD,
                    format!("unknown field `{}` in struct `{}`", init.name.text, name.text),
                    init.name.span,
                )),
                Some(i) if given.iter().any(|(j, _)| *j == i) => {
                    self.diags.push(Diagnostic::error(
                        codes::FIELD,
                        format!("duplicate field `{}` in struct `{}`", init.name.text, name.text),
                        init.name.span,
                    ))
                }
                Some(i) => {
                    if let Some(d) = self.mismatch(
                        ctx.module,
                        &fields[i].1,
                        &value.ty,
                        crate::function::value_span(&value),
                    ) {
                        self.diags.push(d);
                    }
                    given.push((i, value));
                }
            }
        }
        let mut missing = false;
        for (i, (f, _)) in fields.iter().enumerate() {
            if !given.iter().any(|(j, _)| *j == i) {
                missing = true;
                self.diags.push(Diagnostic::error(
                    codes::FIELD,
                    format!("missing field `{}` in struct `{}`", f, name.text),
                    span,
                ));
            }
        }
        let ty = Type::Named(id, type_args);
        if missing {
            return self.error_expr(span);
        }
        let in_order = given.windows(2).all(|w| w[0].0 < w[1].0);
        if in_order {
            let values = given.into_iter().map(|(_, v)| v).collect();
            return hir::Expr {
                kind: hir::ExprKind::Struct { ty: id, fields: values },
                ty,
                span,
            };
        }
        // Bind the initialisers to locals in source order, then build.
        let mut stmts = Vec::new();
        let mut slots: Vec<Option<hir::Expr>> = vec![None; fields.len()];
        for (i, value) in given {
            let local = ctx.add_local(&format!("_{}", fields[i].0), value.ty.clone());
            let vspan = value.span;
            slots[i] = Some(hir::Expr {
                kind: hir::ExprKind::Local(local),
                ty: value.ty.clone(),
                span: vspan,
            });
            stmts.push(hir::Stmt::Let {
                pat: hir::Pattern {
                    kind: hir::PatternKind::Bind(local),
                    ty: value.ty.clone(),
                    span: vspan,
                },
                value,
            });
        }
        let values = slots.into_iter().flatten().collect();
        hir::Expr {
            kind: hir::ExprKind::Block {
                stmts,
                value: Box::new(hir::Expr {
                    kind: hir::ExprKind::Struct { ty: id, fields: values },
                    ty: ty.clone(),
                    span,
                }),
            },
            ty,
            span,
        }
    }

    /// `base.name` on a value.
    pub fn check_field_access(
        &mut self,
        ctx: &FnCtx,
        base: hir::Expr,
        name: &ast::Name,
        span: Span,
    ) -> hir::Expr {
        let base_ty = self.table.shallow(&base.ty);
        if self.table.is_error(&base_ty) {
            return self.error_expr(span);
        }
        let (index, ty) = if self.table.is_unbound_var(&base_ty) {
            let ty = self.table.fresh_ungeneralised();
            let slot = self.pending_fields.len() as u32;
            self.pending_fields.push(PendingField {
                module: ctx.module,
                base_ty,
                name: name.text.clone(),
                ty: ty.clone(),
                span,
                update_value: None,
                name_span: name.span,
                index: None,
            });
            (PENDING_FIELD - slot, ty)
        } else {
            match self.field_of(ctx.module, &base_ty, &name.text, name.span) {
                Some(found) => found,
                None => return self.error_expr(span),
            }
        };
        hir::Expr {
            kind: hir::ExprKind::Field {
                base: Box::new(base),
                index,
            },
            ty,
            span,
        }
    }

    /// The index and type of field `name` of a value of type `ty` (known
    /// head); E0009 when it has none.
    fn field_of(&mut self, module: usize, ty: &Type, name: &str, span: Span) -> Option<(u32, Type)> {
        if let Type::Named(id, args) = ty {
            if let Some(fields) = self.struct_fields(*id, args) {
                if let Some(i) = fields.iter().position(|(n, _)| n == name) {
                    return Some((i as u32, fields[i].1.clone()));
                }
            }
        }
        let shown = self.show(ty, module);
        self.diags.push(Diagnostic::error(
            codes::FIELD,
            format!("type `{}` has no field `{}`", shown, name),
            span,
        ));
        None
    }

    /// Whether `ty` is a struct with a field `name`; its type if so.
    pub fn struct_field_type(&self, ty: &Type, name: &str) -> Option<(u32, Type)> {
        let Type::Named(id, args) = self.table.shallow(ty) else {
            return None;
        };
        let fields = self.struct_fields(id, &args)?;
        let i = fields.iter().position(|(n, _)| n == name)?;
        Some((i as u32, fields[i].1.clone()))
    }

    /// Resolves the pending field accesses whose receivers became known,
    /// repeatedly (one resolution can reveal another receiver). With
    /// `last`, the ones still unknown are E0110.
    pub fn resolve_pending_fields(&mut self, last: bool) {
        loop {
            let mut progress = false;
            for slot in 0..self.pending_fields.len() {
                if self.pending_fields[slot].index.is_some() {
                    continue;
                }
                let base = self.table.shallow(&self.pending_fields[slot].base_ty);
                if self.table.is_unbound_var(&base) {
                    continue;
                }
                progress = true;
                let p = &self.pending_fields[slot];
                let (module, name, span, ty) = (p.module, p.name.clone(), p.name_span, p.ty.clone());
                let update_value = p.update_value;
                if self.table.is_error(&base) {
                    self.pending_fields[slot].index = Some(0);
                    continue;
                }
                match self.field_of(module, &base, &name, span) {
                    Some((i, fty)) => {
                        let mismatch = match update_value {
                            Some(value_span) => self.mismatch(module, &fty, &ty, value_span),
                            None => self.mismatch(module, &ty, &fty, span),
                        };
                        if let Some(d) = mismatch {
                            self.diags.push(d);
                        }
                        self.pending_fields[slot].index = Some(i);
                    }
                    None => self.pending_fields[slot].index = Some(0),
                }
            }
            // Deferred method calls and associated types of types now known
            // resolve alongside (`deferred.rs`, `projections.rs`).
            progress |= self.resolve_pending_methods(false);
            progress |= self.resolve_projections();
            if !progress {
                break;
            }
        }
        self.resolve_pending_methods(last);
        if last {
            // The fields of one update share their receiver: one report.
            let mut reported: Vec<Span> = Vec::new();
            for slot in 0..self.pending_fields.len() {
                if self.pending_fields[slot].index.is_none() {
                    let span = self.pending_fields[slot].span;
                    if !reported.contains(&span) {
                        reported.push(span);
                        self.diags.push(Diagnostic::error(
                            codes::ANNOTATION_NEEDED,
                            "cannot infer the type of this expression; add a type annotation",
                            span,
                        ));
                    }
                    self.pending_fields[slot].index = Some(0);
                }
            }
        }
    }

    /// Replaces the pending field indices in `f` by the resolved ones.
    pub fn patch_pending_fields(&self, f: &mut hir::Function) {
        fn visit(e: &mut hir::Expr, pending: &[PendingField]) {
            let patch = |index: &mut u32| {
                let slot = (PENDING_FIELD - *index) as usize;
                if let Some(p) = pending.get(slot) {
                    *index = p.index.unwrap_or(0);
                }
            };
            match &mut e.kind {
                hir::ExprKind::Field { index, .. } => patch(index),
                hir::ExprKind::UpdateStruct { fields, .. } => {
                    fields.iter_mut().for_each(|(index, _)| patch(index))
                }
                _ => {}
            }
            crate::finalize::for_each_child_expr(e, &mut |c| visit(c, pending));
        }
        if self.pending_fields.is_empty() {
            return;
        }
        visit(&mut f.body, &self.pending_fields);
    }

    /// `%{base | f: v, ...}`
    pub fn check_struct_update(
        &mut self,
        ctx: &mut FnCtx,
        base: &ast::Expr,
        inits: &[ast::FieldInit],
        span: Span,
    ) -> hir::Expr {
        let b = self.check_expr(ctx, base);
        let bty = self.table.shallow(&b.ty);
        if self.table.is_unbound_var(&bty) {
            return self.defer_struct_update(ctx, b, inits, span);
        }
        let struct_ty = match &bty {
            Type::Named(id, args) => self.struct_fields(*id, args).map(|f| (*id, f)),
            _ => None,
        };
        let Some((id, fields)) = struct_ty else {
            if !self.table.is_error(&bty) {
                let shown = self.show(&bty, ctx.module);
                self.diags.push(Diagnostic::error(
                    codes::FIELD,
                    format!("functional update needs a struct, found `{}`", shown),
                    base.span,
                ));
            }
            for i in inits {
                let _ = self.check_expr(ctx, &i.value);
            }
            return self.error_expr(span);
        };
        let struct_name = self.types[id.0 as usize].name.clone();
        let mut updates: Vec<(u32, hir::Expr)> = Vec::new();
        for init in inits {
            let value = self.check_expr(ctx, &init.value);
            match fields.iter().position(|(n, _)| *n == init.name.text) {
                None => self.diags.push(Diagnostic::error(
                    codes::FIELD,
                    format!("unknown field `{}` in struct `{}`", init.name.text, struct_name),
                    init.name.span,
                )),
                Some(i) if updates.iter().any(|(j, _)| *j == i as u32) => {
                    self.diags.push(Diagnostic::error(
                        codes::FIELD,
                        format!("duplicate field `{}` in struct `{}`", init.name.text, struct_name),
                        init.name.span,
                    ))
                }
                Some(i) => {
                    if let Some(d) = self.mismatch(
                        ctx.module,
                        &fields[i].1,
                        &value.ty,
                        crate::function::value_span(&value),
                    ) {
                        self.diags.push(d);
                    }
                    updates.push((i as u32, value));
                }
            }
        }
        let ty = b.ty.clone();
        hir::Expr {
            kind: hir::ExprKind::UpdateStruct {
                base: Box::new(b),
                fields: updates,
            },
            ty,
            span,
        }
    }

    /// `%{base | f: v, ...}` on a `base` of still-unknown type: each field
    /// is looked up (and its value's type checked) once the type is known,
    /// like a field access (E0110 if it never is).
    fn defer_struct_update(
        &mut self,
        ctx: &mut FnCtx,
        base: hir::Expr,
        inits: &[ast::FieldInit],
        span: Span,
    ) -> hir::Expr {
        self.table.pin(&base.ty);
        let mut updates: Vec<(u32, hir::Expr)> = Vec::new();
        for (k, init) in inits.iter().enumerate() {
            let value = self.check_expr(ctx, &init.value);
            self.table.pin(&value.ty);
            if inits[..k].iter().any(|i| i.name.text == init.name.text) {
                self.diags.push(Diagnostic::error(
                    codes::FIELD,
                    format!("duplicate field `{}` in functional update", init.name.text),
                    init.name.span,
                ));
                continue;
            }
            let slot = self.pending_fields.len() as u32;
            self.pending_fields.push(PendingField {
                module: ctx.module,
                base_ty: base.ty.clone(),
                name: init.name.text.clone(),
                ty: value.ty.clone(),
                span: base.span,
                update_value: Some(crate::function::value_span(&value)),
                name_span: init.name.span,
                index: None,
            });
            updates.push((PENDING_FIELD - slot, value));
        }
        let ty = base.ty.clone();
        hir::Expr {
            kind: hir::ExprKind::UpdateStruct {
                base: Box::new(base),
                fields: updates,
            },
            ty,
            span,
        }
    }
}
