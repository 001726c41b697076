//! The per-function checking context: locals (`hir::Local`s), nested block
//! scopes with shadowing (language.md §3.2), the return type, declared type
//! parameters, and the matches whose exhaustiveness is checked once the
//! function's types are final.

use crate::capturing_fns::CapturingFn;
use crate::hir::{self, LocalId};
use crate::infer::Scheme;
use crate::let_closures::PolyClosure;
use crate::types::Type;
use mesh_syntax::Span;

/// A `case` or a multi-clause function awaiting its exhaustiveness check.
pub struct PendingMatch {
    pub scrutinee_ty: Type,
    /// Each arm's pattern and whether it covers its values (no guard and
    /// no error in the pattern).
    pub arms: Vec<(hir::Pattern, bool)>,
    /// Where to report a missing pattern.
    pub span: Span,
    /// `Some("f/2")` for the clauses of a function (only a warning).
    pub clauses_of: Option<String>,
}

pub struct FnCtx {
    pub module: usize,
    pub locals: Vec<hir::Local>,
    scopes: Vec<Vec<(String, LocalId, Scheme)>>,
    pub ret: Type,
    /// The `-> T` annotation, for "expected because of" labels.
    pub ret_annotation: Option<Span>,
    /// Declared type parameters (`<T>`) and their variables.
    pub generics: Vec<(String, Type)>,
    pub matches: Vec<PendingMatch>,
    /// Number of `while`/`for` bodies enclosing the current expression in
    /// the current function or closure.
    pub loop_depth: u32,
    /// Whether the current function or closure is the user's `main` (for E0036).
    pub in_main: bool,
    /// Recursive nested functions that read no enclosing local, lifted into
    /// functions of their own, visible by name (after the locals).
    pub nested_fns: Vec<(String, crate::hir::FnId)>,
    /// The actor whose body (or a nested function of whose body) this is
    /// (for `receive`, `self()`, self-calls and `terminate`, `actors.rs`).
    pub actor: Option<crate::hir::FnId>,
    /// `let`-bound closures generalised with predicates; a use of one is a
    /// copy of it (let_closures.rs).
    pub poly_closures: Vec<PolyClosure>,
    /// Locals standing for recursive nested functions that read enclosing
    /// locals (capturing_fns.rs).
    pub capturing_fns: Vec<CapturingFn>,
}

impl FnCtx {
    pub fn new(
        module: usize,
        ret: Type,
        ret_annotation: Option<Span>,
        generics: Vec<(String, Type)>,
    ) -> FnCtx {
        FnCtx {
            module,
            locals: Vec::new(),
            scopes: vec![Vec::new()],
            ret,
            ret_annotation,
            generics,
            matches: Vec::new(),
            loop_depth: 0,
            in_main: false,
            nested_fns: Vec::new(),
            actor: None,
            poly_closures: Vec::new(),
            capturing_fns: Vec::new(),
        }
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
        if self.scopes.is_empty() {
            self.scopes.push(Vec::new());
        }
    }

    /// A new local (not yet visible by name).
    pub fn add_local(&mut self, name: &str, ty: Type) -> LocalId {
        self.locals.push(hir::Local {
            name: name.to_string(),
            ty,
        });
        LocalId(self.locals.len() as u32 - 1)
    }

    /// Makes `name` refer to `local` from now on in the innermost scope.
    pub fn bind(&mut self, name: &str, local: LocalId, scheme: Scheme) {
        if let Some(s) = self.scopes.last_mut() {
            s.push((name.to_string(), local, scheme));
        }
    }

    pub fn lookup(&self, name: &str) -> Option<(LocalId, Scheme)> {
        self.scopes
            .iter()
            .rev()
            .flat_map(|s| s.iter().rev())
            .find(|(n, _, _)| n == name)
            .map(|(_, id, sc)| (*id, sc.clone()))
    }

    /// A lifted nested function visible as `name`.
    pub fn nested_fn(&self, name: &str) -> Option<crate::hir::FnId> {
        self.nested_fns
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, id)| *id)
    }

    /// Names of every visible local (for suggestions).
    pub fn visible_names(&self) -> Vec<String> {
        self.scopes
            .iter()
            .flat_map(|s| s.iter().map(|(n, _, _)| n.clone()))
            .collect()
    }
}
