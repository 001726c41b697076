//! Interface predicates of the core language (language.md §6.5.3): which
//! built-in interface a concrete type implements, and what that requires of
//! its components (`Option<a>: Eq` holds when `a: Eq`). `Debug`, `Hash` and
//! `Json` (JSON-encodable) are predicates like the operator interfaces.
//! A user interface is a predicate too (`Trait::User`), held by the types
//! its impls cover (`InterfaceImpl`), under the impls' `where` bounds.

use crate::hir::TypeId;
use crate::types::Type;
use std::collections::HashSet;

/// The interfaces the checker knows: the operator interfaces, `Concat`
/// ("`String` or `List<_>`", for `<>`/`++`), `Display`, `Debug` and `Hash`.
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
    Debug,
    Hash,
    /// JSON-encodable (`Json.encode`, stdlib.md §14.1): scalars, `String`,
    /// `Json`, and `Option`, `List`, `Map` of encodable types.
    Json,
    /// Buildable from a database row (`deriving(Row)`, language.md §3.6.8):
    /// only types deriving it.
    Row,
    /// A user interface, by its qualified name (`Main.Describe`, as
    /// `hir::ImplInfo::interface` names it).
    User(&'static str),
}

/// A user interface implemented for a type: `for_type` holds the impl's
/// type parameters as `Type::Var`s (`Box<Var(0)>`), each of which must
/// satisfy its `bounds` (`where T: Describe`).
#[derive(Clone, Debug)]
pub struct InterfaceImpl {
    pub interface: &'static str,
    pub for_type: Type,
    pub bounds: Vec<(crate::types::TyVar, Trait)>,
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
            Trait::Debug => "Debug",
            Trait::Hash => "Hash",
            Trait::Json => "Json",
            Trait::Row => "Row",
            Trait::User(qualified) => qualified.rsplit('.').next().unwrap_or(qualified),
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
            "Debug" => Trait::Debug,
            "Hash" => Trait::Hash,
            "Json" => Trait::Json,
            "Row" => Trait::Row,
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
    /// The built-in collection types `Map` and `Set` (Eq, Debug, Display
    /// when their components are; Hash never).
    pub map: Option<TypeId>,
    pub set: Option<TypeId>,
    /// `Pid<M>` and the untyped `Pid` (`pids.rs`): `Eq`, `Ord`, `Display`,
    /// `Debug`, `Hash` and `Json` like `Int`, whatever `M` is.
    pub pid: Option<TypeId>,
    /// Interfaces each user or prelude sum type derives (implicitly or by
    /// its `deriving` clause); a derived impl of a generic type requires
    /// the interface of its type arguments.
    pub derived: Vec<HashSet<Trait>>,
    /// Built-in interfaces implemented by a user `impl` for a type.
    pub user_impls: HashSet<(TypeId, Trait)>,
    /// The impls of user interfaces.
    pub interface_impls: Vec<InterfaceImpl>,
}

impl NominalTraits {
    /// `Ok(obligations)` when `ty` (whose head is concrete) implements `tr`
    /// provided each obligation holds; `Err(())` when it cannot.
    pub fn requirements(&self, ty: &Type, tr: Trait) -> Result<Vec<(Type, Trait)>, ()> {
        use Trait::*;
        let none = Ok(Vec::new());
        let each = |ts: &[Type]| Ok(ts.iter().map(|t| (t.clone(), tr)).collect());
        if let User(interface) = tr {
            return self.interface_requirements(ty, interface);
        }
        match (ty, tr) {
            (Type::Never, _) | (Type::Var(_), _) => none,
            (
                Type::Int | Type::Float,
                Add | Sub | Mul | Div | Mod | Neg | Eq | Ord | Display | Debug | Hash | Json,
            ) => none,
            (Type::String, Eq | Ord | Concat | Display | Debug | Hash | Json) => none,
            (Type::Bool, Json) => none,
            (Type::Bool | Type::Unit | Type::Atom, Eq | Display | Debug | Hash) => none,
            (Type::Tuple(ts), Eq | Ord | Display | Debug | Hash) => each(ts),
            (Type::Named(id, args), _) => {
                let id = Some(*id);
                if id.is_some() && id == self.pid {
                    match tr {
                        Eq | Ord | Display | Debug | Hash | Json => none,
                        _ => Err(()),
                    }
                } else if id == self.list {
                    match tr {
                        Concat => none,
                        Eq | Ord | Display | Debug | Hash | Json => each(args),
                        _ => Err(()),
                    }
                } else if id == self.option {
                    match tr {
                        Eq | Ord | Display | Debug | Hash | Json => each(args),
                        _ => Err(()),
                    }
                } else if id == self.result {
                    match tr {
                        Eq | Ord | Display | Debug | Hash => each(args),
                        _ => Err(()),
                    }
                } else if id.is_some() && (id == self.map || id == self.set) {
                    match tr {
                        Eq | Display | Debug => each(args),
                        // JSON objects have string keys.
                        Json if id == self.map => match args.first() {
                            Some(Type::String | Type::Var(_)) => Ok(args[1..].iter().map(|t| (t.clone(), tr)).collect()),
                            _ => Err(()),
                        },
                        _ => Err(()),
                    }
                } else {
                    let derives = id
                        .and_then(|i| self.derived.get(i.0 as usize))
                        .is_some_and(|set| set.contains(&tr))
                        || id.is_some_and(|i| self.user_impls.contains(&(i, tr)));
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

impl NominalTraits {
    /// The bounds under which an impl of the user interface `interface`
    /// covers `ty` (whose head is concrete).
    fn interface_requirements(&self, ty: &Type, interface: &str) -> Result<Vec<(Type, Trait)>, ()> {
        if matches!(ty, Type::Never | Type::Var(_)) {
            return Ok(Vec::new());
        }
        for rule in self.interface_impls.iter().filter(|r| r.interface == interface) {
            let args = match (&rule.for_type, ty) {
                (Type::Named(a, params), Type::Named(b, args)) if a == b && params.len() == args.len() => {
                    params.iter().zip(args).filter_map(|(p, t)| match p {
                        Type::Var(v) => Some((*v, t.clone())),
                        _ => None,
                    }).collect::<Vec<_>>()
                }
                (pattern, _) if pattern == ty => Vec::new(),
                _ => continue,
            };
            return Ok(rule
                .bounds
                .iter()
                .filter_map(|(v, tr)| args.iter().find(|(p, _)| p == v).map(|(_, t)| (t.clone(), *tr)))
                .collect());
        }
        Err(())
    }
}
