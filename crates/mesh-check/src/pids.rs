//! Process identifier types (language.md §6.7): `Pid<M>` is the built-in
//! type `Pid` with its message type as argument; the untyped `Pid` is the
//! same type without an argument, which unifies with every `Pid<M>` in
//! both directions (`infer.rs`). Pids implement `Eq`, `Ord`, `Display`,
//! `Debug`, `Hash` and `Json` like `Int` (`predicates.rs`).
//!
//! A pid is an `i64` word (crates/mesh-rt/ABI.md), so the finished HIR has
//! no `Pid` type at all: `erase_pids` turns every `Pid<M>` and `Pid` into
//! `Int` before the program is handed to the lowering, which then prints,
//! compares, hashes, copies and tags pids exactly as integers.

use crate::checker::Checker;
use crate::finalize;
use crate::hir::{self, TypeDefKind, TypeId};
use crate::types::{TyVar, Type};
use std::collections::HashSet;

impl Checker<'_> {
    /// Declares the built-in `Pid` type (one parameter, the message type).
    pub fn add_pid_type(&mut self) {
        let id = self.add_type(
            hir::TypeDef {
                derives: Vec::new(),
                name: "Pid".into(),
                module: "Prelude".into(),
                params: vec![TyVar(0)],
                kind: TypeDefKind::Builtin,
            },
            HashSet::new(),
        );
        self.builtin_types.push(("Pid", id));
        self.table.nominal.pid = Some(id);
    }

    fn pid_id(&self) -> TypeId {
        self.table.nominal.pid.expect("the Pid type is declared first")
    }

    /// `Pid<message>`.
    pub fn pid_of(&self, message: Type) -> Type {
        Type::Named(self.pid_id(), vec![message])
    }

    /// The untyped `Pid`.
    pub fn untyped_pid(&self) -> Type {
        Type::Named(self.pid_id(), Vec::new())
    }

    /// `Some(Some(M))` for a `Pid<M>`, `Some(None)` for the untyped `Pid`,
    /// `None` for any other type (after resolving bound variables).
    pub fn pid_message(&self, ty: &Type) -> Option<Option<Type>> {
        match self.table.shallow(ty) {
            Type::Named(id, args) if id == self.pid_id() => Some(args.first().cloned()),
            _ => None,
        }
    }

    /// Replaces every pid type of the finished program by `Int`.
    pub fn erase_pids(&mut self) {
        let pid = self.pid_id();
        let erase = &mut |t: &mut Type| *t = erased(t, pid);
        for def in &mut self.types {
            match &mut def.kind {
                TypeDefKind::Struct { fields } => fields.iter_mut().for_each(|(_, t)| erase(t)),
                TypeDefKind::Sum { variants } => variants
                    .iter_mut()
                    .for_each(|v| v.fields.iter_mut().for_each(&mut *erase)),
                TypeDefKind::Builtin => {}
            }
        }
        for f in self.fns.iter_mut().filter_map(|f| f.hir.as_mut()) {
            finalize::for_each_type(f, erase);
        }
        for e in &mut self.externs {
            e.hir.params.iter_mut().for_each(&mut *erase);
            erase(&mut e.hir.ret);
        }
        for i in &mut self.impls {
            i.info.interface_args.iter_mut().for_each(&mut *erase);
            erase(&mut i.info.for_type);
            i.info.assoc_types.iter_mut().for_each(|(_, t)| erase(t));
        }
    }
}

/// `ty` with every `Named(pid, _)` replaced by `Int`.
fn erased(ty: &Type, pid: TypeId) -> Type {
    match ty {
        Type::Named(id, _) if *id == pid => Type::Int,
        Type::Named(id, args) => Type::Named(*id, args.iter().map(|t| erased(t, pid)).collect()),
        Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| erased(t, pid)).collect()),
        Type::Fun(ps, r) => Type::Fun(
            ps.iter().map(|t| erased(t, pid)).collect(),
            Box::new(erased(r, pid)),
        ),
        t => t.clone(),
    }
}
