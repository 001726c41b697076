//! Facts about concrete HIR types that the lowering needs: what a word of
//! the type holds, whether it is a heap pointer (for descriptor `ptr_mask`s)
//! and the text used in symbol and descriptor names.

use crate::mir::ValueKind;
use mesh_check::hir::{self, TypeDefKind};
use mesh_check::types::Type;

/// What a word of type `ty` holds.
pub fn value_kind(ty: &Type) -> ValueKind {
    match ty {
        Type::Int => ValueKind::Int,
        Type::Float => ValueKind::Float,
        Type::Bool => ValueKind::Bool,
        Type::Unit | Type::Never => ValueKind::Unit,
        Type::String
        | Type::Atom
        | Type::Named(..)
        | Type::Tuple(_)
        | Type::Fun(..)
        | Type::Var(_) => ValueKind::Ptr,
    }
}

/// Whether a field of type `ty` holds a pointer to a heap object.
pub fn is_pointer(ty: &Type) -> bool {
    value_kind(ty) == ValueKind::Ptr
}

/// `ptr_mask` of an object whose field words have the given types.
pub fn ptr_mask<'t>(fields: impl IntoIterator<Item = &'t Type>) -> u64 {
    fields
        .into_iter()
        .enumerate()
        .filter(|(i, ty)| *i < 64 && is_pointer(ty))
        .fold(0, |mask, (i, _)| mask | (1u64 << i))
}

/// The variants of sum type `id` with their field types for the concrete
/// type arguments `args`, or `None` when `id` is not a sum type.
pub fn sum_variants(
    program: &hir::Program,
    id: hir::TypeId,
    args: &[Type],
) -> Option<Vec<(String, Vec<Type>)>> {
    let def = &program.types[id.0 as usize];
    match &def.kind {
        TypeDefKind::Sum { variants } => Some(
            variants
                .iter()
                .map(|v| {
                    (
                        v.name.clone(),
                        v.fields
                            .iter()
                            .map(|f| f.substitute(&def.params, args))
                            .collect(),
                    )
                })
                .collect(),
        ),
        _ => None,
    }
}

/// The fields of struct type `id` for the concrete type arguments `args`,
/// or `None` when `id` is not a struct.
pub fn struct_fields(program: &hir::Program, id: hir::TypeId, args: &[Type]) -> Option<Vec<Type>> {
    let def = &program.types[id.0 as usize];
    match &def.kind {
        TypeDefKind::Struct { fields } => Some(
            fields
                .iter()
                .map(|(_, f)| f.substitute(&def.params, args))
                .collect(),
        ),
        _ => None,
    }
}

/// The text of a type in symbols (`Option<Int>`, `Shapes.Shape`,
/// `(Int, String)`): prelude types by their bare name, every other nominal
/// type qualified with its module so that names never collide.
pub fn type_text(program: &hir::Program, ty: &Type) -> String {
    match ty {
        Type::Int => "Int".into(),
        Type::Float => "Float".into(),
        Type::Bool => "Bool".into(),
        Type::String => "String".into(),
        Type::Unit => "()".into(),
        Type::Atom => "Atom".into(),
        Type::Never => "Never".into(),
        Type::Var(v) => format!("?{}", v.0),
        Type::Named(id, args) => {
            let def = &program.types[id.0 as usize];
            let mut text = if def.module == "Prelude" {
                def.name.clone()
            } else {
                format!("{}.{}", def.module, def.name)
            };
            if !args.is_empty() {
                text.push('<');
                text.push_str(&list_text(program, args));
                text.push('>');
            }
            text
        }
        Type::Tuple(items) => format!("({})", list_text(program, items)),
        Type::Fun(params, ret) => format!(
            "fn({}) -> {}",
            list_text(program, params),
            type_text(program, ret)
        ),
    }
}

pub fn list_text(program: &hir::Program, types: &[Type]) -> String {
    types
        .iter()
        .map(|t| type_text(program, t))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The bare declared name of a nominal type (`Option`), as Display and
/// descriptors show it.
pub fn bare_name(program: &hir::Program, id: hir::TypeId) -> &str {
    &program.types[id.0 as usize].name
}
