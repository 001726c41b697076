//! Static `TypeInfo`s for generic runtime functions (ABI.md "Type
//! information for generic runtime functions"): the runtime's ready-made
//! ones for the primitive types, and generated ones pointing at this
//! program's helpers for every other concrete type.
//!
//! Every generated info has a `copy` (lower/copy.rs), the deep copy
//! messages between processes go through.
//!
//! A generated info always has an `eq` (structural where the type allows
//! it, maps, sets and ranges through their runtime accessors, identity of
//! the words for function values and other runtime-owned types);
//! `cmp` and `hash` only for types built from primitives, tuples, lists,
//! structs and sum types; `to_string` also for the runtime-owned types the
//! runtime can print (Map, Set, Range, Queue, Json). A user impl of
//! `Eq`, `Ord`, `Hash` or `Display` for the type fills its slot in any case.

use super::{Helper, Lowerer};
use crate::mir::{Operand, TypeInfo, TypeInfoId};
use mesh_check::hir::TypeDefKind;
use mesh_check::types::Type;
use mesh_syntax::Span;
use std::collections::HashSet;

/// The runtime's `TypeInfo` symbol for a primitive type.
pub fn runtime_type_info(ty: &Type) -> Option<&'static str> {
    match ty {
        Type::Int => Some("mesh_typeinfo_int"),
        Type::Float => Some("mesh_typeinfo_float"),
        Type::Bool => Some("mesh_typeinfo_bool"),
        Type::String | Type::Atom => Some("mesh_typeinfo_string"),
        Type::Unit => Some("mesh_typeinfo_unit"),
        _ => None,
    }
}

/// The runtime function printing a runtime-owned type, by the type's name.
pub fn runtime_to_string(name: &str) -> Option<&'static str> {
    match name {
        "Map" => Some("mesh_map_to_string"),
        "Set" => Some("mesh_set_to_string"),
        "Range" => Some("mesh_range_to_string"),
        "Queue" => Some("mesh_queue_to_string"),
        "Json" => Some("mesh_json_to_string"),
        _ => None,
    }
}

/// Whether the helpers compare values of the runtime-owned type `name`
/// structurally (through the runtime's accessors).
pub fn runtime_equality(name: &str) -> bool {
    matches!(name, "Map" | "Set" | "Range")
}

impl<'h> Lowerer<'h> {
    /// The id of the runtime's info `symbol`.
    pub fn runtime_type_info(&mut self, symbol: &str) -> TypeInfoId {
        let info = TypeInfo::Runtime(symbol.to_string());
        match self.type_infos.iter().position(|i| *i == info) {
            Some(i) => TypeInfoId(i as u32),
            None => {
                self.type_infos.push(info);
                TypeInfoId(self.type_infos.len() as u32 - 1)
            }
        }
    }

    /// A pointer to the `TypeInfo` of the concrete type `ty`.
    pub fn type_info(&mut self, ty: &Type, span: Span) -> Operand {
        if let Some(symbol) = runtime_type_info(ty) {
            return Operand::TypeInfo(self.runtime_type_info(symbol));
        }
        if let Some(id) = self.type_info_ids.get(ty) {
            return Operand::TypeInfo(*id);
        }
        // A user impl of the interface provides the slot for any type.
        let user = |lw: &Self, helper: Helper| lw.user_helper_method(helper, ty).is_some();
        let structural = self.supports(ty, false, &mut HashSet::new());
        let displayable = self.supports(ty, true, &mut HashSet::new()) || user(self, Helper::ToString);
        let comparable = self.comparable(ty, &mut HashSet::new()) || user(self, Helper::Eq);
        let eq = if comparable {
            self.helper(Helper::Eq, ty, span)
        } else {
            self.helper(Helper::SameWord, ty, span)
        };
        let cmp = (structural || user(self, Helper::Cmp)).then(|| self.helper(Helper::Cmp, ty, span));
        let hash = (structural || user(self, Helper::Hash)).then(|| self.helper(Helper::Hash, ty, span));
        let to_string = displayable.then(|| self.helper(Helper::ToString, ty, span));
        let copy = self.helper(Helper::Copy, ty, span);
        let info = TypeInfo::Generated {
            is_pointer: super::types::is_pointer(ty),
            eq,
            cmp,
            hash,
            to_string,
            name: self.type_text(ty),
            copy,
        };
        self.type_infos.push(info);
        let id = TypeInfoId(self.type_infos.len() as u32 - 1);
        self.type_info_ids.insert(ty.clone(), id);
        Operand::TypeInfo(id)
    }

    /// Whether the `Eq` helper supports `ty`: the ordered types, plus maps,
    /// sets and ranges of comparable types.
    fn comparable(&self, ty: &Type, seen: &mut HashSet<Type>) -> bool {
        if !seen.insert(ty.clone()) {
            return true;
        }
        let program = self.hir;
        match ty {
            Type::Int | Type::Float | Type::Bool | Type::String | Type::Unit | Type::Atom => true,
            Type::Never | Type::Var(_) | Type::Fun(..) => false,
            Type::Tuple(items) => items.iter().all(|t| self.comparable(t, seen)),
            Type::Named(id, args) => {
                let def = &program.types[id.0 as usize];
                let fields: Vec<Type> = match &def.kind {
                    TypeDefKind::Builtin if *id == program.well_known.list => args.clone(),
                    TypeDefKind::Builtin if runtime_equality(&def.name) => args.clone(),
                    TypeDefKind::Builtin => return false,
                    TypeDefKind::Struct { .. } => {
                        super::types::struct_fields(program, *id, args).unwrap_or_default()
                    }
                    TypeDefKind::Sum { .. } => super::types::sum_variants(program, *id, args)
                        .unwrap_or_default()
                        .into_iter()
                        .flat_map(|(_, fields)| fields)
                        .collect(),
                };
                fields.iter().all(|t| self.comparable(t, seen))
            }
        }
    }

    /// Whether the helpers can compare and hash (`display` false) or print
    /// (`display` true) values of `ty`. `seen` cuts recursive types.
    fn supports(&self, ty: &Type, display: bool, seen: &mut HashSet<Type>) -> bool {
        if !seen.insert(ty.clone()) {
            return true;
        }
        let program = self.hir;
        match ty {
            Type::Int | Type::Float | Type::Bool | Type::String | Type::Unit | Type::Atom => true,
            Type::Never | Type::Var(_) | Type::Fun(..) => false,
            Type::Tuple(items) => items.iter().all(|t| self.supports(t, display, seen)),
            Type::Named(id, args) if *id == program.well_known.list => {
                args.iter().all(|t| self.supports(t, display, seen))
            }
            Type::Named(id, args) => {
                let def = &program.types[id.0 as usize];
                match &def.kind {
                    TypeDefKind::Builtin => display && runtime_to_string(&def.name).is_some(),
                    TypeDefKind::Struct { .. } => super::types::struct_fields(program, *id, args)
                        .unwrap_or_default()
                        .iter()
                        .all(|t| self.supports(t, display, seen)),
                    TypeDefKind::Sum { .. } => super::types::sum_variants(program, *id, args)
                        .unwrap_or_default()
                        .iter()
                        .flat_map(|(_, fields)| fields)
                        .all(|t| self.supports(t, display, seen)),
                }
            }
        }
    }
}
