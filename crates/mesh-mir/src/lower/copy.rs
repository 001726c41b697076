//! Deep copy of values between process heaps (ABI.md "Messages and type
//! tags"): the body of the generated `$copy<T>` helper a `TypeInfo`'s
//! `copy` slot points at, and the code copying one value of a known type.
//!
//! Tuples, structs and sum values are rebuilt by `mesh_object_copy` (a
//! new object with the same descriptor and words, or the value itself when
//! it is static), then each pointer field is replaced by the copy of its
//! field type: a field that is itself a tuple, struct or sum value is
//! handed to `mesh_copy_later` (the runtime copies it after this helper
//! returns, so a deep value costs no stack), any other is copied at once;
//! lists go through `mesh_list_copy` with the element's info;
//! Strings and the runtime-owned types through their `mesh_*_copy`;
//! function values through `mesh_value_copy` (their descriptor says which
//! captures are objects). Scalars, and handles the runtime keeps as plain
//! words, are their own copy.

use super::builder::FnBuilder;
use super::helpers::{HelperBody, Shape};
use super::types;
use super::{Helper, Lowerer};
use crate::mir::{BinOp, Operand, Rvalue, ValueKind};
use mesh_check::hir::TypeDefKind;
use mesh_check::types::Type;
use mesh_syntax::Span;

/// The runtime function copying a runtime-owned type, by the type's name;
/// `None` for types whose words are plain handles.
fn runtime_copy(name: &str) -> Option<&'static str> {
    match name {
        "Map" => Some("mesh_map_copy"),
        "Set" => Some("mesh_set_copy"),
        "Queue" => Some("mesh_queue_copy"),
        "Json" => Some("mesh_json_copy"),
        "Range" | "Iter" => Some("mesh_value_copy"),
        _ => None,
    }
}

impl Lowerer<'_> {
    /// Whether values of `ty` are copied by a generated `$copy` helper
    /// (tuples, structs, sum types): the kinds a value can nest without
    /// bound.
    fn copied_by_helper(&self, ty: &Type) -> bool {
        match ty {
            Type::Tuple(_) => true,
            Type::Named(id, _) => {
                *id != self.hir.well_known.list
                    && matches!(
                        self.hir.types[id.0 as usize].kind,
                        TypeDefKind::Struct { .. } | TypeDefKind::Sum { .. }
                    )
            }
            _ => false,
        }
    }

    /// A copy of `value`, of type `ty`, in the current heap.
    pub fn copy_value(&mut self, b: &mut FnBuilder, ty: &Type, value: Operand, span: Span) -> Operand {
        let call = |b: &mut FnBuilder, symbol: &str, args: Vec<Operand>| {
            b.temp(ValueKind::Ptr, Rvalue::CallRuntime(symbol.into(), args))
        };
        match ty {
            Type::String | Type::Atom => call(b, "mesh_string_copy", vec![value]),
            Type::Fun(..) => call(b, "mesh_value_copy", vec![value]),
            Type::Tuple(_) => {
                let helper = self.helper(Helper::Copy, ty, span);
                b.temp(ValueKind::Ptr, Rvalue::Call(helper, vec![value]))
            }
            Type::Named(id, args) => {
                let def = &self.hir.types[id.0 as usize];
                if *id == self.hir.well_known.list {
                    let elem = args.first().cloned().unwrap_or(Type::Unit);
                    let Operand::TypeInfo(info) = self.type_info(&elem, span) else {
                        return value;
                    };
                    return call(b, "mesh_list_copy", vec![value, Operand::TypeInfo(info)]);
                }
                match def.kind {
                    TypeDefKind::Builtin => match runtime_copy(&def.name) {
                        Some(symbol) => call(b, symbol, vec![value]),
                        None => value,
                    },
                    TypeDefKind::Struct { .. } | TypeDefKind::Sum { .. } => {
                        let helper = self.helper(Helper::Copy, ty, span);
                        b.temp(ValueKind::Ptr, Rvalue::Call(helper, vec![value]))
                    }
                }
            }
            Type::Int | Type::Float | Type::Bool | Type::Unit | Type::Never | Type::Var(_) => value,
        }
    }
}

impl HelperBody<'_, '_> {
    /// Body of `$copy<ty>`.
    pub(super) fn copy(&mut self, ty: &Type) {
        let x = self.param(0);
        match self.shape(ty) {
            Shape::Record(_, fields) => {
                let copy = self.object_copy(&x);
                self.copy_fields(&x, &copy, 0, &fields);
                self.ret(copy);
            }
            Shape::Sum(variants) => {
                let copy = self.object_copy(&x);
                let scalars_only = variants
                    .iter()
                    .all(|(_, fields)| !fields.iter().any(types::is_pointer));
                if scalars_only {
                    return self.ret(copy);
                }
                let tag = self.load(x.clone(), 0, &Type::Int);
                self.for_each_variant(tag, &variants, |h, _, _, fields| {
                    h.copy_fields(&x, &copy, 1, fields);
                    h.ret(copy.clone());
                });
            }
            Shape::List(_) | Shape::Primitive | Shape::Runtime(..) | Shape::Unsupported => {
                let span = self.span;
                let copy = self.lw.copy_value(&mut self.b, ty, x, span);
                self.ret(copy);
            }
        }
    }

    /// `mesh_object_copy(x)`; returns `x` from the helper when it is
    /// static (then it only points at static objects).
    fn object_copy(&mut self, x: &Operand) -> Operand {
        let copy = self.b.temp(
            ValueKind::Ptr,
            Rvalue::CallRuntime("mesh_object_copy".into(), vec![x.clone()]),
        );
        let same = self.b.temp(
            ValueKind::Bool,
            Rvalue::Binary(BinOp::IntEq, copy.clone(), x.clone()),
        );
        let unchanged = self.b.new_block();
        let rebuilt = self.b.new_block();
        self.b.terminate(crate::mir::Terminator::Branch {
            cond: same,
            then_block: unchanged,
            else_block: rebuilt,
        });
        self.b.switch_to(unchanged);
        self.ret(x.clone());
        self.b.switch_to(rebuilt);
        copy
    }

    /// Replaces each pointer field `first + i` of `copy` with the copy of
    /// the same field of `x`.
    fn copy_fields(&mut self, x: &Operand, copy: &Operand, first: usize, fields: &[Type]) {
        for (i, field_ty) in fields.iter().enumerate() {
            if !types::is_pointer(field_ty) {
                continue;
            }
            let field = self.load(x.clone(), first + i, field_ty);
            let span = self.span;
            if self.lw.copied_by_helper(field_ty) {
                let info = self.lw.type_info(field_ty, span);
                let index = Operand::Int((first + i) as i64);
                let later = vec![copy.clone(), index, field, info];
                self.b.temp(ValueKind::Int, Rvalue::CallRuntime("mesh_copy_later".into(), later));
                continue;
            }
            let field_copy = self.lw.copy_value(&mut self.b, field_ty, field.clone(), span);
            if field_copy == field {
                // A handle: the word is already in place.
                continue;
            }
            self.b.store(copy.clone(), (first + i) as u32, field_copy);
        }
    }
}
