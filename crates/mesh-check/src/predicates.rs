//! Interface predicates of the core language (language.md §6.5.3): which
//! built-in interface a concrete type implements, and what that requires of
//! its components (`Option<a>: Eq` holds when `a: Eq`).

use crate::hir::TypeId;
use crate::types::Type;
use std::collections::HashSet;

/// The interfaces the checker knows: the operator interfaces, `Concat`
/// ("`String` or `List<_>`", for `<>`/`++`) and `Display`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Trait {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Neg,
    Eq,
    Ord,
    Concat,
    Display,
}

impl Trait {
    pub fn name(self) -> &'static str {
        match self {
            Trait::Add => "Add",
            Trait::Sub => "Sub",
            Trait::Mul => "Mul",
            Trait::Div => "Div",
            Trait::Mod => "Mod",
            Trait::Neg => "Neg",
            Trait::Eq => "Eq",
            Trait::Ord => "Ord",
            Trait::Concat => "Concat",
            Trait::Display => "Display",
        }
    }

    /// The interface named in a `where` clause or `deriving` list.
    pub fn from_name(name: &str) -> Option<Trait> {
        Some(match name {
            "Add" => Trait::Add,
            "Sub" => Trait::Sub,
            "Mul" => Trait::Mul,
            "Div" => Trait::Div,
            "Mod" => Trait::Mod,
            "Neg" => Trait::Neg,
            "Eq" => Trait::Eq,
            "Ord" => Trait::Ord,
            "Concat" => Trait::Concat,
            "Display" => Trait::Display,
            _ => return None,
        })
    }

    /// Arithmetic interfaces make a leftover variable default to `Int`.
    pub fn is_arithmetic(self) -> bool {
        matches!(
            self,
            Trait::Add | Trait::Sub | Trait::Mul | Trait::Div | Trait::Mod | Trait::Neg
        )
    }
}

/// What the predicate rules need to know about nominal types.
#[derive(Clone, Debug, Default)]
pub struct NominalTraits {
    pub list: Option<TypeId>,
    pub option: Option<TypeId>,
    pub result: Option<TypeId>,
    /// Interfaces each user or prelude sum type derives (implicitly or by
    /// its `deriving` clause); a derived impl of a generic type requires
    /// the interface of its type arguments.
    pub derived: Vec<HashSet<Trait>>,
}

impl NominalTraits {
    /// `Ok(obligations)` when `ty` (whose head is concrete) implements `tr`
    /// provided each obligation holds; `Err(())` when it cannot.
    pub fn requirements(&self, ty: &Type, tr: Trait) -> Result<Vec<(Type, Trait)>, ()> {
        use Trait::*;
        let none = Ok(Vec::new());
        let each = |ts: &[Type]| Ok(ts.iter().map(|t| (t.clone(), tr)).collect());
        match (ty, tr) {
            (Type::Never, _) | (Type::Var(_), _) => none,
            (Type::Int | Type::Float, Add | Sub | Mul | Div | Mod | Neg | Eq | Ord | Display) => {
                none
            }
            (Type::String, Eq | Ord | Concat | Display) => none,
            (Type::Bool | Type::Unit | Type::Atom, Eq | Display) => none,
            (Type::Tuple(ts), Eq | Ord | Display) => each(ts),
            (Type::Named(id, args), _) => {
                let id = Some(*id);
                if id == self.list {
                    match tr {
                        Concat => none,
                        Eq | Display => each(args),
                        _ => Err(()),
                    }
                } else if id == self.option || id == self.result {
                    match tr {
                        Eq | Ord | Display => each(args),
                        _ => Err(()),
                    }
                } else {
                    let derives = id
                        .and_then(|i| self.derived.get(i.0 as usize))
                        .is_some_and(|set| set.contains(&tr));
                    if derives {
                        each(args)
                    } else {
                        Err(())
                    }
                }
            }
            _ => Err(()),
        }
    }
}
