//! Struct values (ABI.md "Structs"): allocation with one descriptor per
//! concrete instantiation, field reads, and functional update (a copy of
//! the base with some fields replaced).

use super::body::Body;
use super::types::{self, value_kind};
use crate::mir::{self, Operand, Rvalue, TypeDesc, ValueKind};
use mesh_check::hir::{Expr, TypeId};
use mesh_check::types::Type;

impl Body<'_, '_> {
    /// The concrete field types of the struct type `ty` (of an expression).
    fn struct_field_types(&mut self, ty: &Type) -> Option<Vec<Type>> {
        match self.subst(ty) {
            Type::Named(id, args) => types::struct_fields(self.lw.hir, id, &args),
            _ => None,
        }
    }

    fn struct_desc(&mut self, id: TypeId, fields: &[Type]) -> TypeDesc {
        TypeDesc {
            kind: mir::KIND_STRUCT,
            n_fields: fields.len() as u32,
            ptr_mask: types::ptr_mask(fields),
            name: types::bare_name(self.lw.hir, id).to_string(),
        }
    }

    pub fn lower_struct(&mut self, ty: TypeId, fields: &[Expr], e: &Expr) -> Operand {
        let field_types = self
            .struct_field_types(&e.ty)
            .unwrap_or_else(|| fields.iter().map(|f| self.subst(&f.ty)).collect());
        let desc = self.struct_desc(ty, &field_types);
        self.allocate(desc, Vec::new(), fields)
    }

    pub fn lower_field(&mut self, base: &Expr, index: u32, e: &Expr) -> Operand {
        let object = self.lower_value(base);
        let kind = value_kind(&self.subst(&e.ty));
        self.b.temp(
            kind,
            Rvalue::Load {
                base: object,
                field: index,
            },
        )
    }

    /// `%{base | f: v}`: `base`, then the new values left to right, then a
    /// new object with the other fields copied from `base`.
    pub fn lower_update(&mut self, base: &Expr, fields: &[(u32, Expr)], e: &Expr) -> Operand {
        let old = self.lower_value(base);
        let new_values: Vec<(u32, Operand)> = fields
            .iter()
            .map(|(i, value)| (*i, self.lower_value(value)))
            .collect();
        let (id, field_types) = match (self.subst(&e.ty), self.struct_field_types(&e.ty)) {
            (Type::Named(id, _), Some(types)) => (id, types),
            _ => {
                let what = format!("updating a value of type `{}`", self.lw.type_text(&e.ty));
                self.lw.unsupported(&what, e.span);
                return Operand::Int(0);
            }
        };
        let desc = self.struct_desc(id, &field_types);
        let count = desc.n_fields;
        let desc = self.lw.desc(desc);
        let object = self.b.temp(
            ValueKind::Ptr,
            Rvalue::Alloc {
                desc,
                fields: count,
            },
        );
        for (i, field_ty) in field_types.iter().enumerate() {
            let index = i as u32;
            let value = match new_values.iter().rev().find(|(j, _)| *j == index) {
                Some((_, value)) => value.clone(),
                None => self.b.temp(
                    value_kind(field_ty),
                    Rvalue::Load {
                        base: old.clone(),
                        field: index,
                    },
                ),
            };
            self.b.store(object.clone(), index, value);
        }
        object
    }
}
