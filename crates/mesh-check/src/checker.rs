//! The checking context shared by every pass (type, function and extern
//! tables, module scopes, the inference table, diagnostics) and the driver
//! of `check`: modules in dependency order, then each module's top-level
//! functions by strongly connected components.
//!
//! Where things live: declarations in `collect.rs` (sum types), `structs.rs`
//! (structs, literals, field access, update), `aliases.rs`, `derive.rs`;
//! functions and blocks in `function.rs`; expressions in `expr.rs`, calls
//! and methods in `call.rs`, closures and function values in
//! `closures.rs` (`let`-bound closures generalised with predicates in
//! `let_closures.rs`, recursive nested functions reading enclosing locals
//! in `capturing_fns.rs`), `extern fn` symbols in `extern_symbol.rs`,
//! interfaces and impls in `impls.rs` (static dispatch of
//! the built-in ones in `dispatch.rs`, user-interface calls on unknown
//! types, overloaded static calls and `into` in `trait_call.rs`), loops in
//! `loops.rs`, `?` in `try_op.rs`, map and range literals in
//! `collections.rs`; actors, `spawn` and `terminate` in `actors.rs`,
//! `receive` in `receive.rs`, `send`/`self()`/`link` in `messaging.rs`, the
//! `Pid` types in `pids.rs`; patterns in `pattern.rs` and
//! `exhaustive.rs`; types in `annotations.rs`, `infer.rs`, `predicates.rs`;
//! the final HIR pass in `finalize.rs`. Services and supervisors are
//! rewritten into ordinary items before checking (`services.rs`,
//! `supervisors.rs`, built with `synth.rs`).
//!
//! Conventions of the produced HIR beyond the invariants in `hir.rs`:
//! * `Binary` operands have any type implementing the operator's interface
//!   (`predicates.rs`): `Eq`/`Ord` also on tuples, `Option`, `Result`,
//!   `Ordering`, sum types and structs (structurally; `Ord` by variant
//!   order, then fields), `Eq` and `Ord` on `List`, `Eq` on `Map`, `Set`,
//!   `Range`, `Json`; `Concat` also on `List<T>`.
//! * `@to_string` is called on any `Display` type (lists, maps, sets,
//!   options, results, tuples, types deriving `Display`); interpolation of
//!   a struct or sum type without `Display` but with `Debug` calls
//!   `@inspect`.
//! * The members of one recursive group share their type parameters, so a
//!   function may have parameters its own signature does not mention.
//! * A local generalised by a `let` has `()` for its quantified variables
//!   in `Local::ty`; each use (`ExprKind::Local`) has its instance type.
//! * A `let`-bound closure (or non-recursive nested function) generalised
//!   with predicates is bound by no `Stmt::Let`: each use is a copy of its
//!   `Lambda` at the use's types, with locals of its own. A recursive
//!   nested function is a `Function` of its own whose first parameters are
//!   the enclosing locals it reads; a use of its name that needs them is a
//!   `Lambda` passing them along.
//!   Only syntactic values (literals, names, closures, tuples/lists of
//!   them) are generalised; a variable under a predicate never is.
//! * The `Case` made of a function's or closure's clauses may be
//!   non-exhaustive (only a warning, language.md §3.1.4): no matching arm
//!   must panic.
//! * `?` is a `Case` (`Ok(x) -> x`, `Err(e) -> return Err(e)`; likewise
//!   `Some`/`None`); a `Return` inside a `Lambda` leaves the lambda.
//! * Map literals and keyword arguments are calls of `Map.new`/`Map.put`;
//!   `a..b` outside a `for` is a call of `Range.new`; a `for` over `a..b`
//!   has that call as its `ForSource::Range`.
//! * Two stdlib bindings are called with arguments other than their
//!   declared parameter types, as the runtime accepts them: `Iter.from` of
//!   a `Map`/`Set`/`Range` (type argument: the element type), and the
//!   `Tuple` helpers on tuples of any arity (type arguments: the first two
//!   element types, or the common element type for `nth`).
//! * An actor's self-call in tail position is a `Return` of the call (type
//!   `Never`); any other self-call is a `Block` with the call as its
//!   statement and the value `()` (`self_calls.rs`).
//! * A missing `fn main()` is the diagnostic E0115, not a `ProjectError`.
//! * Impl methods (including a copy of each default method an impl relies
//!   on) are ordinary functions listed in `Program::impls`; a method call
//!   or static call on a concrete type is a direct `Call` of one, and so
//!   are operators, `to_string`/`inspect` and interpolation on a concrete
//!   type with a user impl of the built-in interface (`dispatch.rs`); the
//!   `?` conversion through `impl From<E1> for E2` calls its `from`.
//!   Operands of a type parameter stay `Binary`/`@to_string`. A method of
//!   a user interface called on a value whose type is a variable (a type
//!   parameter under `where T: I`, or an unannotated parameter, which
//!   then gets the bound) is a `TraitCall` with `interface` = `Module.I`
//!   (`trait_call.rs`); an `x.into()` whose target the context decides is
//!   a `TraitCall` of `Into.into` (the lowering calls the target's `from`).
//! * An impl for a generic type (`impl I for Box where T: I`) has the
//!   type's parameters as `ImplInfo::type_params`; its methods' first type
//!   parameters are those, in order.
//! * `Json.encode`, `v.to_json()` and `T.from_json(text)` call the
//!   `@json_encode`/`@to_json`/`@from_json` externs of `stdlib/json.mpl`,
//!   `T.from_row(row)` the prelude's `@from_row`, for types deriving
//!   `Json`/`Row` (`TypeDef::derives`).

use crate::deps;
use crate::display;
use crate::hir::{self, ExternId, FnId, TypeId};
use crate::infer::{InferTable, Scheme};
use crate::modules::{self, ModuleGraph};
use crate::predicates::Trait;
use crate::scope::ModuleScope;
use crate::types::Type;
use crate::{CheckOutput, ModuleSource, Origin, ProjectError};
use mesh_syntax::{ast, codes, Diagnostic, SourceFile, Span};
use std::collections::HashSet;

/// A top-level function's type while its group is being checked, or its
/// scheme once done.
#[derive(Clone, Debug)]
pub enum FnSig {
    /// Not reached yet (its group comes later).
    Unstarted,
    /// Being inferred in the current group: monomorphic.
    Pending {
        params: Vec<Type>,
        ret: Type,
    },
    Done(Scheme),
}

pub struct FnEntry<'a> {
    pub name: String,
    pub module: usize,
    /// The clauses of the function (one for an ordinary function).
    pub clauses: Vec<&'a ast::FnDef>,
    pub sig: FnSig,
    pub hir: Option<hir::Function>,
    /// `(A, B) -> R where ...` once inferred.
    pub signature: Option<String>,
}

pub struct ExternEntry {
    pub hir: hir::ExternFn,
    pub scheme: Scheme,
}

pub struct Checker<'a> {
    pub sources: &'a [ModuleSource],
    pub files: &'a [SourceFile],
    pub table: InferTable,
    pub diags: Vec<Diagnostic>,
    pub types: Vec<hir::TypeDef>,
    pub fns: Vec<FnEntry<'a>>,
    pub externs: Vec<ExternEntry>,
    pub scopes: Vec<ModuleScope>,
    pub prelude: Option<usize>,
    pub list_type: TypeId,
    /// The runtime-provided opaque types besides `List` (`Map`, `Set`,
    /// `Range`, `Queue`, `Json`, `Iter`), by name.
    pub builtin_types: Vec<(&'static str, TypeId)>,
    pub to_string_extern: Option<ExternId>,
    /// The prelude's `inspect` (`@inspect`), for interpolation of `Debug` values.
    pub inspect_extern: Option<ExternId>,
    /// The options of every struct deriving `Schema` (language.md §3.6.9).
    pub schemas: std::collections::HashMap<hir::TypeId, crate::schema::SchemaOptions>,
    /// Type aliases of every module, in declaration order.
    pub aliases: Vec<crate::aliases::AliasEntry<'a>>,
    /// Field accesses whose receiver type was unknown when checked.
    pub pending_fields: Vec<crate::structs::PendingField>,
    /// Recursive nested functions lifted out of the current group.
    pub lifted: Vec<crate::function::LiftedFn>,
    /// User interfaces of every module checked so far.
    pub interfaces: Vec<crate::impls::InterfaceEntry<'a>>,
    /// Accepted `impl` blocks of every module checked so far.
    pub impls: Vec<crate::impls::ImplEntry>,
    /// The shared type variables of the generated functions of each
    /// service: (module, service, `#name`) -> variable (`services.rs`).
    pub service_vars: std::collections::HashMap<(usize, String, String), Type>,
    /// The functions generated for actors (`actors.rs`).
    pub actors: std::collections::HashMap<FnId, crate::actors::ActorInfo>,
    /// `x.into()` calls whose target type was open when checked: checked
    /// once their module is done (`trait_call.rs`).
    pub pending_into: Vec<crate::trait_call::PendingInto>,
    /// Static interface calls whose self type was open when checked
    /// (`static_call.rs`).
    pub pending_static: Vec<crate::static_call::PendingStatic>,
    /// Method calls whose receiver type was unknown when checked.
    pub pending_methods: Vec<crate::deferred::PendingMethod>,
    /// Modules whose impls have been collected.
    pub impl_modules_ready: HashSet<usize>,
    /// Impls (with their module) waiting for their interface's module to
    /// be collected.
    pub deferred_impls: Vec<(usize, &'a ast::ImplDef)>,
}

/// `early` are the diagnostics of the rewriting of services and supervisors.
pub fn run(
    modules: &[ModuleSource],
    files: &[SourceFile],
    early: Vec<Diagnostic>,
) -> Result<CheckOutput, ProjectError> {
    let graph = modules::build(modules)?;
    let mut ck = Checker::new(modules, files);
    ck.diags.extend(early);
    ck.diags.extend(graph.diagnostics.iter().cloned());
    ck.check_modules(&graph);
    let main = ck.find_main();
    let signatures = ck.signatures();
    let mut diagnostics = std::mem::take(&mut ck.diags);
    dedup(&mut diagnostics);
    let program = if diagnostics.iter().any(|d| d.is_error()) {
        None
    } else {
        main.and_then(|main| ck.into_program(main))
    };
    Ok(CheckOutput {
        program,
        diagnostics,
        signatures,
    })
}

fn dedup(diags: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(String, String, Span)> = Vec::new();
    diags.retain(|d| {
        let key = (d.code.to_string(), d.message.clone(), d.primary.span);
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
}

impl<'a> Checker<'a> {
    fn new(sources: &'a [ModuleSource], files: &'a [SourceFile]) -> Checker<'a> {
        let mut ck = Checker {
            sources,
            files,
            table: InferTable::default(),
            diags: Vec::new(),
            types: Vec::new(),
            fns: Vec::new(),
            externs: Vec::new(),
            scopes: sources.iter().map(ModuleScope::new).collect(),
            prelude: sources
                .iter()
                .position(|m| m.origin == Origin::Stdlib && m.name == "Prelude"),
            list_type: TypeId(0),
            builtin_types: Vec::new(),
            to_string_extern: None,
            inspect_extern: None,
            schemas: std::collections::HashMap::new(),
            aliases: Vec::new(),
            pending_fields: Vec::new(),
            lifted: Vec::new(),
            interfaces: Vec::new(),
            impls: Vec::new(),
            service_vars: std::collections::HashMap::new(),
            actors: std::collections::HashMap::new(),
            pending_into: Vec::new(),
            pending_static: Vec::new(),
            pending_methods: Vec::new(),
            impl_modules_ready: HashSet::new(),
            deferred_impls: Vec::new(),
        };
        ck.list_type = ck.add_type(
            hir::TypeDef {
                derives: Vec::new(),
                name: "List".into(),
                module: "Prelude".into(),
                params: vec![crate::types::TyVar(0)],
                kind: hir::TypeDefKind::Builtin,
            },
            HashSet::from([Trait::Eq, Trait::Display]),
        );
        ck.table.nominal.list = Some(ck.list_type);
        let opaque: [(&'static str, u32, &[Trait]); 6] = [
            ("Map", 2, &[Trait::Eq, Trait::Display, Trait::Debug]),
            ("Set", 1, &[Trait::Eq, Trait::Display, Trait::Debug]),
            ("Range", 0, &[Trait::Eq, Trait::Display, Trait::Debug]),
            ("Queue", 1, &[Trait::Debug]),
            ("Json", 0, &[Trait::Eq, Trait::Debug, Trait::Json]),
            ("Iter", 1, &[]),
        ];
        for (name, arity, traits) in opaque {
            let id = ck.add_type(
                hir::TypeDef {
                    derives: Vec::new(),
                    name: name.into(),
                    module: "Prelude".into(),
                    params: (0..arity).map(crate::types::TyVar).collect(),
                    kind: hir::TypeDefKind::Builtin,
                },
                traits.iter().copied().collect(),
            );
            ck.builtin_types.push((name, id));
        }
        ck.table.nominal.map = ck.builtin_type("Map");
        ck.table.nominal.set = ck.builtin_type("Set");
        ck.add_pid_type();
        ck
    }

    /// A runtime-provided type by name (`Map`, `Set`, `Range`, ...).
    pub fn builtin_type(&self, name: &str) -> Option<TypeId> {
        self.builtin_types
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, id)| *id)
    }

    pub fn add_type(&mut self, def: hir::TypeDef, derived: HashSet<Trait>) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(def);
        self.table.nominal.derived.push(derived);
        id
    }

    pub fn type_defs(&self) -> Vec<hir::TypeDef> {
        self.types.clone()
    }

    /// Renders a type for a diagnostic in `module`.
    pub fn show(&self, ty: &Type, module: usize) -> String {
        let defs: Vec<hir::TypeDef> = self.type_defs();
        let name = self
            .scopes
            .get(module)
            .map(|s| s.name.as_str())
            .unwrap_or("");
        display::render_diag(&self.table.zonk(ty), &defs, name)
    }

    /// Turns recorded predicate failures into E0006 diagnostics.
    pub fn drain_failures(&mut self, module: usize) {
        let failures = std::mem::take(&mut self.table.failures);
        for f in failures {
            let ty = self.show(&f.ty, module);
            let mut d = Diagnostic::error(
                codes::NOT_IMPLEMENTED_TRAIT,
                format!("`{}` does not implement `{}`", ty, f.tr.name()),
                f.span,
            );
            if f.tr == Trait::Add && ty == "String" {
                d = d.with_help("join strings with `<>`");
            } else if f.tr == Trait::Concat {
                d = d.with_help("`<>` joins strings and lists; use to_string() or interpolation for other values");
            }
            self.diags.push(d);
        }
    }

    fn check_modules(&mut self, graph: &ModuleGraph) {
        // Interfaces are visible in every module, imported or not.
        for &m in &graph.order {
            self.collect_interfaces(m);
        }
        for &m in &graph.order {
            self.collect_module(m, &graph.imports[m]);
            self.drain_failures(m);
            let groups = deps::function_groups(self, m);
            for group in groups {
                self.check_group(&group);
                self.drain_failures(m);
            }
            self.check_impls();
            self.check_pending_into();
            self.finish_services(m);
            self.finish_supervisors(m);
        }
    }

    fn find_main(&mut self) -> Option<FnId> {
        let Some(m) = self
            .sources
            .iter()
            .position(|s| s.origin == Origin::User && s.name == "Main")
        else {
            let span = Span::default();
            self.diags.push(Diagnostic::error(
                codes::MISSING_MAIN,
                "no `fn main()` found in main.mpl",
                span,
            ));
            return None;
        };
        let found = self.scopes[m]
            .functions
            .iter()
            .copied()
            .find(|id| self.fns[id.0 as usize].name == "main");
        let file_start = Span::new(self.sources[m].file, 0, 0);
        match found {
            Some(id) => {
                let entry = &self.fns[id.0 as usize];
                let arity = entry
                    .clauses
                    .first()
                    .map(|c| c.params.as_ref().map_or(0, |p| p.len()))
                    .unwrap_or(0);
                if arity != 0 {
                    let span = entry.clauses[0].name.span;
                    self.diags.push(Diagnostic::error(
                        codes::MISSING_MAIN,
                        "`fn main()` must take no parameters",
                        span,
                    ));
                    return None;
                }
                Some(id)
            }
            None => {
                self.diags.push(Diagnostic::error(
                    codes::MISSING_MAIN,
                    "no `fn main()` found in main.mpl",
                    file_start,
                ));
                None
            }
        }
    }

    fn signatures(&self) -> String {
        let mut out = String::new();
        for (m, src) in self.sources.iter().enumerate() {
            if src.origin != Origin::User {
                continue;
            }
            for id in &self.scopes[m].functions {
                let f = &self.fns[id.0 as usize];
                // Internal functions generated for services and supervisors are not listed.
                if f.name.contains('#') {
                    continue;
                }
                if let Some(sig) = &f.signature {
                    out.push_str(&format!("{}.{} :: {}\n", src.name, f.name, sig));
                }
            }
        }
        out
    }

    fn into_program(mut self, main: FnId) -> Option<hir::Program> {
        self.record_derives();
        self.erase_pids();
        let functions: Option<Vec<hir::Function>> = self.fns.into_iter().map(|f| f.hir).collect();
        let n = &self.table.nominal;
        let well_known = hir::WellKnown {
            option: n.option?,
            result: n.result?,
            ordering: self.scopes.get(self.prelude?)?.own_type("Ordering")?,
            list: self.list_type,
        };
        Some(hir::Program {
            types: self.types,
            functions: functions?,
            externs: self.externs.into_iter().map(|e| e.hir).collect(),
            main,
            well_known,
            impls: self.impls.into_iter().map(|i| i.info).collect(),
            files: self.files.to_vec(),
        })
    }
}
