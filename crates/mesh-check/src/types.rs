//! Resolved types as the HIR carries them. (Inference uses its own
//! representation with unification variables; it converts to these once a
//! declaration is checked.)

use crate::hir::TypeId;

/// A generalised type variable of a function or type definition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TyVar(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Int,
    Float,
    Bool,
    String,
    /// `()`
    Unit,
    Atom,
    /// The type of `return`, `break`, `continue`.
    Never,
    /// A generalised variable of the enclosing definition.
    Var(TyVar),
    /// A nominal type with its arguments (`List<Int>`, `Option<String>`, a struct).
    Named(TypeId, Vec<Type>),
    Tuple(Vec<Type>),
    Fun(Vec<Type>, Box<Type>),
}

impl Type {
    /// Replaces `Var(v)` by `args[i]` where `vars[i] == v`.
    pub fn substitute(&self, vars: &[TyVar], args: &[Type]) -> Type {
        match self {
            Type::Var(v) => match vars.iter().position(|x| x == v) {
                Some(i) => args[i].clone(),
                None => self.clone(),
            },
            Type::Named(id, a) => Type::Named(*id, a.iter().map(|t| t.substitute(vars, args)).collect()),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| t.substitute(vars, args)).collect()),
            Type::Fun(ps, r) => Type::Fun(
                ps.iter().map(|t| t.substitute(vars, args)).collect(),
                Box::new(r.substitute(vars, args)),
            ),
            _ => self.clone(),
        }
    }
}
