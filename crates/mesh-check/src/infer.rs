//! The inference engine: unification variables with levels (for
//! let-generalisation), first-order unification with an occurs check,
//! deferred interface predicates, schemes, instantiation and defaulting.
//!
//! During inference a `Type::Var(TyVar(n))` names entry `n` of the
//! variable table. A scheme's quantified variables are either table
//! entries in the `Generic` state (let-bound locals) or the renumbered
//! `TyVar(0..n)` of a finished function or type; in both cases
//! `instantiate` replaces every one of them, so they never reach
//! unification.

use crate::predicates::{NominalTraits, Trait};
use crate::types::{TyVar, Type};
use mesh_syntax::Span;

#[derive(Clone, Debug)]
enum VarState {
    Unbound {
        level: u32,
        preds: Vec<(Trait, Span)>,
    },
    Bound(Type),
    /// Quantified by a `let`; only ever instantiated.
    Generic,
    /// The type of an erroneous expression: unifies with everything,
    /// satisfies every predicate, never reports.
    Error,
}

/// A (possibly) polymorphic type: `forall vars. preds => ty`.
#[derive(Clone, Debug)]
pub struct Scheme {
    pub vars: Vec<TyVar>,
    pub preds: Vec<(TyVar, Trait)>,
    /// Types that stand for an associated type of another type of the
    /// scheme (`T.Item` of a `where T: Container` function's result).
    pub projections: Vec<Projection>,
    pub ty: Type,
}

/// `ty` is the associated type `assoc` of `self_ty`'s impl of the user
/// interface `interface` (qualified, as `hir::ImplInfo::interface`).
#[derive(Clone, Debug)]
pub struct Projection {
    pub self_ty: Type,
    pub interface: &'static str,
    pub assoc: String,
    pub ty: Type,
    pub span: Span,
}

impl Scheme {
    pub fn mono(ty: Type) -> Scheme {
        Scheme {
            vars: Vec::new(),
            preds: Vec::new(),
            projections: Vec::new(),
            ty,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnifyError {
    Mismatch,
    Infinite,
}

/// A predicate found not to hold: `ty` does not implement `tr`; `span` is
/// where the predicate arose.
#[derive(Clone, Debug)]
pub struct PredFailure {
    pub ty: Type,
    pub tr: Trait,
    pub span: Span,
}

#[derive(Default)]
pub struct InferTable {
    vars: Vec<VarState>,
    /// Current generalisation level; variables created deeper than the
    /// level a `let` returns to are generalised by it.
    pub level: u32,
    pub nominal: NominalTraits,
    /// Predicate failures not yet turned into diagnostics.
    pub failures: Vec<PredFailure>,
    /// Projections awaiting their `self_ty` (instantiated from schemes or
    /// made by calls of interface methods naming associated types).
    pub projections: Vec<Projection>,
}

impl InferTable {
    pub fn fresh(&mut self) -> Type {
        self.vars.push(VarState::Unbound {
            level: self.level,
            preds: Vec::new(),
        });
        Type::Var(TyVar(self.vars.len() as u32 - 1))
    }

    /// A variable that no `let` generalises (level 0): the type of an
    /// expression resolved only once its declaration is done.
    pub fn fresh_ungeneralised(&mut self) -> Type {
        self.vars.push(VarState::Unbound {
            level: 0,
            preds: Vec::new(),
        });
        Type::Var(TyVar(self.vars.len() as u32 - 1))
    }

    /// A type for an expression that already has an error reported.
    pub fn error(&mut self) -> Type {
        self.vars.push(VarState::Error);
        Type::Var(TyVar(self.vars.len() as u32 - 1))
    }

    fn state(&self, v: TyVar) -> Option<&VarState> {
        self.vars.get(v.0 as usize)
    }

    pub fn is_error(&self, ty: &Type) -> bool {
        match self.shallow(ty) {
            Type::Var(v) => matches!(self.state(v), Some(VarState::Error)),
            _ => false,
        }
    }

    /// Whether `ty` is (after resolution) a still-unbound variable.
    pub fn is_unbound_var(&self, ty: &Type) -> bool {
        match self.shallow(ty) {
            Type::Var(v) => matches!(self.state(v), Some(VarState::Unbound { .. })),
            _ => false,
        }
    }

    /// Follows bindings at the head of `ty`.
    pub fn shallow(&self, ty: &Type) -> Type {
        let mut t = ty.clone();
        while let Type::Var(v) = t {
            match self.state(v) {
                Some(VarState::Bound(b)) => t = b.clone(),
                _ => return Type::Var(v),
            }
        }
        t
    }

    /// Resolves every bound variable in `ty`.
    pub fn zonk(&self, ty: &Type) -> Type {
        match self.shallow(ty) {
            Type::Named(id, args) => Type::Named(id, args.iter().map(|t| self.zonk(t)).collect()),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| self.zonk(t)).collect()),
            Type::Fun(ps, r) => Type::Fun(
                ps.iter().map(|t| self.zonk(t)).collect(),
                Box::new(self.zonk(&r)),
            ),
            t => t,
        }
    }

    /// The unbound variables of `ty` (resolved), in order of first appearance.
    pub fn free_vars(&self, ty: &Type, out: &mut Vec<TyVar>) {
        match self.shallow(ty) {
            Type::Var(v) if matches!(self.state(v), Some(VarState::Unbound { .. })) && !out.contains(&v) => {
                out.push(v)
            }
            Type::Named(_, args) | Type::Tuple(args) => {
                args.iter().for_each(|t| self.free_vars(t, out))
            }
            Type::Fun(ps, r) => {
                ps.iter().for_each(|t| self.free_vars(t, out));
                self.free_vars(&r, out);
            }
            _ => {}
        }
    }

    pub fn preds_of(&self, v: TyVar) -> Vec<Trait> {
        match self.state(v) {
            Some(VarState::Unbound { preds, .. }) => {
                let mut ts: Vec<Trait> = preds.iter().map(|(t, _)| *t).collect();
                ts.sort();
                ts.dedup();
                ts
            }
            _ => Vec::new(),
        }
    }

    pub fn unify(&mut self, a: &Type, b: &Type) -> Result<(), UnifyError> {
        let a = self.shallow(a);
        let b = self.shallow(b);
        match (&a, &b) {
            (Type::Var(x), Type::Var(y)) if x == y => Ok(()),
            (Type::Var(x), _) if matches!(self.state(*x), Some(VarState::Error)) => {
                self.absorb(&b, *x);
                Ok(())
            }
            (_, Type::Var(y)) if matches!(self.state(*y), Some(VarState::Error)) => {
                self.absorb(&a, *y);
                Ok(())
            }
            (Type::Never, _) | (_, Type::Never) => Ok(()),
            (Type::Var(x), _) if matches!(self.state(*x), Some(VarState::Unbound { .. })) => {
                self.bind(*x, &b)
            }
            (_, Type::Var(y)) if matches!(self.state(*y), Some(VarState::Unbound { .. })) => {
                self.bind(*y, &a)
            }
            // The untyped `Pid` (no argument) unifies with every `Pid<M>`.
            (Type::Named(i, xs), Type::Named(j, ys))
                if i == j && Some(*i) == self.nominal.pid && (xs.is_empty() || ys.is_empty()) =>
            {
                Ok(())
            }
            (Type::Named(i, xs), Type::Named(j, ys)) if i == j && xs.len() == ys.len() => {
                xs.iter().zip(ys).try_for_each(|(x, y)| self.unify(x, y))
            }
            (Type::Tuple(xs), Type::Tuple(ys)) if xs.len() == ys.len() => {
                xs.iter().zip(ys).try_for_each(|(x, y)| self.unify(x, y))
            }
            (Type::Fun(xs, r1), Type::Fun(ys, r2)) if xs.len() == ys.len() => {
                xs.iter().zip(ys).try_for_each(|(x, y)| self.unify(x, y))?;
                self.unify(r1, r2)
            }
            (Type::Int, Type::Int)
            | (Type::Float, Type::Float)
            | (Type::Bool, Type::Bool)
            | (Type::String, Type::String)
            | (Type::Unit, Type::Unit)
            | (Type::Atom, Type::Atom) => Ok(()),
            _ => Err(UnifyError::Mismatch),
        }
    }

    /// An unbound variable unified with an error type becomes that error
    /// type (its predicates are dropped), so that one error does not cause
    /// others.
    fn absorb(&mut self, ty: &Type, error: TyVar) {
        if let Type::Var(v) = ty {
            if matches!(self.state(*v), Some(VarState::Unbound { .. })) {
                self.vars[v.0 as usize] = VarState::Bound(Type::Var(error));
            }
        }
    }

    fn bind(&mut self, v: TyVar, ty: &Type) -> Result<(), UnifyError> {
        let (level, preds) = match self.state(v) {
            Some(VarState::Unbound { level, preds }) => (*level, preds.clone()),
            _ => return Err(UnifyError::Mismatch),
        };
        if self.occurs(v, ty) {
            return Err(UnifyError::Infinite);
        }
        self.lower_levels(ty, level);
        self.vars[v.0 as usize] = VarState::Bound(ty.clone());
        for (tr, span) in preds {
            self.require(ty, tr, span);
        }
        Ok(())
    }

    fn occurs(&self, v: TyVar, ty: &Type) -> bool {
        match self.shallow(ty) {
            Type::Var(w) => w == v,
            Type::Named(_, ts) | Type::Tuple(ts) => ts.iter().any(|t| self.occurs(v, t)),
            Type::Fun(ps, r) => ps.iter().any(|t| self.occurs(v, t)) || self.occurs(v, &r),
            _ => false,
        }
    }

    fn lower_levels(&mut self, ty: &Type, level: u32) {
        match self.shallow(ty) {
            Type::Var(w) => {
                if let Some(VarState::Unbound { level: l, .. }) = self.vars.get_mut(w.0 as usize) {
                    *l = (*l).min(level);
                }
            }
            Type::Named(_, ts) | Type::Tuple(ts) => {
                ts.iter().for_each(|t| self.lower_levels(t, level))
            }
            Type::Fun(ps, r) => {
                ps.iter().for_each(|t| self.lower_levels(t, level));
                self.lower_levels(&r, level);
            }
            _ => {}
        }
    }

    /// Keeps the variables of `ty` out of every `let` generalisation (the
    /// receiver of a call decided only once its type is known must stay
    /// the one variable the call refers to).
    pub fn pin(&mut self, ty: &Type) {
        self.lower_levels(ty, 0);
    }

    /// Requires `ty: tr`: checked now if `ty` is concrete, else recorded on
    /// the variable. Failures go to `self.failures`.
    pub fn require(&mut self, ty: &Type, tr: Trait, span: Span) {
        let ty = self.shallow(ty);
        if let Type::Var(v) = ty {
            if let Some(VarState::Unbound { preds, .. }) = self.vars.get_mut(v.0 as usize) {
                if !preds.iter().any(|(t, _)| *t == tr) {
                    preds.push((tr, span));
                }
            }
            return;
        }
        match self.nominal.requirements(&ty, tr) {
            Ok(obligations) => {
                for (t, tr) in obligations {
                    self.require(&t, tr, span);
                }
            }
            Err(()) => self.failures.push(PredFailure {
                ty: self.zonk(&ty),
                tr,
                span,
            }),
        }
    }

    /// Generalises the variables of `ty` created deeper than the current
    /// level (a `let`): they become `Generic` and are returned. A variable
    /// under a predicate stays monomorphic (it is defaulted with its
    /// function instead), so that every operator in the HIR gets a
    /// concrete operand type.
    pub fn generalize_let(&mut self, ty: &Type) -> Scheme {
        let mut free = Vec::new();
        self.free_vars(ty, &mut free);
        let mut vars = Vec::new();
        for v in free {
            let level = self.level;
            match self.vars.get_mut(v.0 as usize) {
                Some(VarState::Unbound { level: l, preds }) if *l > level => {
                    if preds.is_empty() {
                        self.vars[v.0 as usize] = VarState::Generic;
                        vars.push(v);
                    } else {
                        *l = level;
                    }
                }
                _ => {}
            }
        }
        Scheme { vars, preds: Vec::new(), projections: Vec::new(), ty: self.zonk(ty) }
    }

    /// Like `generalize_let`, but variables carrying predicates are
    /// generalised too and their predicates become the scheme's (a
    /// `let`-bound closure is generalised like a function, language.md §6.5).
    pub fn generalize_let_with_preds(&mut self, ty: &Type) -> Scheme {
        let mut free = Vec::new();
        self.free_vars(ty, &mut free);
        let mut vars = Vec::new();
        let mut preds = Vec::new();
        for v in free {
            if let Some(VarState::Unbound { level, .. }) = self.vars.get(v.0 as usize) {
                if *level > self.level {
                    preds.extend(self.preds_of(v).into_iter().map(|tr| (v, tr)));
                    vars.push(v);
                }
            }
        }
        for v in &vars {
            self.vars[v.0 as usize] = VarState::Generic;
        }
        Scheme { vars, preds, projections: Vec::new(), ty: self.zonk(ty) }
    }

    /// The monomorphic scheme of a `let` that is not generalised: the
    /// variables of `ty` move to the current level, so that no later `let`
    /// generalises them either.
    pub fn mono_let(&mut self, ty: &Type) -> Scheme {
        let level = self.level;
        self.lower_levels(ty, level);
        Scheme::mono(self.zonk(ty))
    }

    /// A fresh instance of `scheme`: the type, and the fresh types chosen
    /// for its variables (in order). Predicates arise at `span`.
    pub fn instantiate(&mut self, scheme: &Scheme, span: Span) -> (Type, Vec<Type>) {
        let args: Vec<Type> = scheme.vars.iter().map(|_| self.fresh()).collect();
        for (v, tr) in &scheme.preds {
            if let Some(i) = scheme.vars.iter().position(|x| x == v) {
                let t = args[i].clone();
                self.require(&t, *tr, span);
            }
        }
        for p in &scheme.projections {
            self.projections.push(Projection {
                self_ty: p.self_ty.substitute(&scheme.vars, &args),
                interface: p.interface,
                assoc: p.assoc.clone(),
                ty: p.ty.substitute(&scheme.vars, &args),
                span,
            });
        }
        (scheme.ty.substitute(&scheme.vars, &args), args)
    }

    /// Defaults a leftover variable (§6.5.3): `Int` under an arithmetic
    /// predicate, `String` under `Concat`, otherwise `()`.
    pub fn default_var(&mut self, v: TyVar) {
        let preds = self.preds_of(v);
        let ty = if preds.iter().any(|t| t.is_arithmetic()) {
            Type::Int
        } else if preds.contains(&Trait::Concat) {
            Type::String
        } else {
            Type::Unit
        };
        let _ = self.bind(v, &ty);
    }

    /// Marks a quantified variable of a finished top-level group so that it
    /// is never bound again (its uses are renumbered).
    pub fn freeze(&mut self, v: TyVar) {
        if let Some(s) = self.vars.get_mut(v.0 as usize) {
            *s = VarState::Generic;
        }
    }
}
