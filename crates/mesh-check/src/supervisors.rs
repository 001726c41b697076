//! Supervisors (language.md §3.10, runtime.md §9). Before checking, every
//! `supervisor Sup` item is validated (E0019 strategy and duplicate
//! children, E0020 restart, E0021 shutdown) and gets ordinary functions
//! next to it (`desugar`):
//!
//! * `Sup.#child.<c>() -> Pid` per child: calls the child's `start:`
//!   expression;
//! * `Sup.#start() -> Pid<()>`: calls `mesh_supervisor_spawn` with the
//!   strategy, the intensity and the list of
//!   `(name, Sup.#child.<c>, restart, shutdown)` tuples.
//!
//! `spawn(Sup)` is a call of `Sup.#start` (`spawn_supervisor`, called from
//! the checking of `spawn`); `Sup(...)` is E0109. A `start:` value that is
//! not a zero-argument function returning a `Pid` makes the generated call
//! in `Sup.#child.<c>` fail to check; those diagnostics (which carry the
//! span of the `start:` expression) are replaced by one E0018
//! (`finish_supervisors`).

use crate::checker::Checker;
use crate::locals::FnCtx;
use crate::scope::Value;
use crate::synth::*;
use mesh_syntax::ast::{self, ChildClause, ExprKind, SupClause};
use mesh_syntax::{codes, Diagnostic, Span};

const STRATEGIES: &[&str] = &[
    "one_for_one",
    "one_for_all",
    "rest_for_one",
    "simple_one_for_one",
];
const RESTARTS: &[&str] = &["permanent", "transient", "temporary"];

/// Appends the generated functions of every supervisor of `file`.
pub fn desugar(file: &mut ast::SourceFileAst, diags: &mut Vec<Diagnostic>) {
    let mut generated = Vec::new();
    for item in &file.items {
        if let ast::Item::Supervisor(def) = item {
            generated.extend(supervisor_items(def, diags).into_iter().map(ast::Item::Fn));
        }
    }
    file.items.extend(generated);
}

fn supervisor_items(def: &ast::SupervisorDef, diags: &mut Vec<Diagnostic>) -> Vec<ast::FnDef> {
    let sup = &def.name.text;
    let span = def.name.span;
    let (mut strategy, mut max_restarts, mut max_seconds) = (0, 3, 5);
    let mut children: Vec<&ast::ChildDef> = Vec::new();
    for clause in &def.clauses {
        match clause {
            SupClause::Strategy(n) => match STRATEGIES.iter().position(|s| *s == n.text) {
                Some(i) => strategy = i as i64,
                None => diags.push(
                    Diagnostic::error(
                        codes::SUPERVISOR_STRATEGY,
                        format!("unknown supervision strategy `{}`", n.text),
                        n.span,
                    )
                    .with_help(format!("use one of {}", STRATEGIES.join(", "))),
                ),
            },
            SupClause::MaxRestarts(n, _) => max_restarts = *n,
            SupClause::MaxSeconds(n, _) => max_seconds = *n,
            SupClause::Child(c) => {
                if let Some(first) = children.iter().find(|d| d.name.text == c.name.text) {
                    diags.push(
                        Diagnostic::error(
                            codes::SUPERVISOR_STRATEGY,
                            format!(
                                "duplicate child name `{}` in supervisor `{}`",
                                c.name.text, sup
                            ),
                            c.name.span,
                        )
                        .with_label(first.name.span, "first defined here"),
                    );
                } else {
                    children.push(c);
                }
            }
        }
    }
    let mut fns = Vec::new();
    let mut specs = Vec::new();
    for c in children {
        let Some(spec) = child_spec(sup, c, diags) else {
            continue;
        };
        fns.push(spec.function);
        specs.push(expr(
            ExprKind::Tuple(vec![
                string(&c.name.text, c.name.span),
                ident(&spec.fn_name, c.name.span),
                int(spec.restart, c.name.span),
                int(spec.shutdown, c.name.span),
            ]),
            c.span,
        ));
    }
    let spawn = call_runtime(
        "supervisor_spawn",
        vec![
            int(strategy, span),
            int(max_restarts, span),
            int(max_seconds, span),
            expr(ExprKind::List(specs), span),
        ],
        span,
    );
    fns.push(function(
        &format!("{}.#start", sup),
        Vec::new(),
        Some(named_type("Pid", vec![unit_type(span)], span)),
        block(vec![ast::Stmt::Expr(spawn)], span),
        def.span,
    ));
    fns
}

struct ChildSpec {
    fn_name: String,
    function: ast::FnDef,
    restart: i64,
    shutdown: i64,
}

/// The start function and the restart and shutdown codes of child `c`
/// (ABI.md "Supervisors"); `None` after a reported error.
fn child_spec(sup: &str, c: &ast::ChildDef, diags: &mut Vec<Diagnostic>) -> Option<ChildSpec> {
    let (mut start, mut restart, mut shutdown) = (None, 0, 5000);
    let mut ok = true;
    for clause in &c.clauses {
        match clause {
            ChildClause::Start(e) => start = Some(e),
            ChildClause::Restart(n) => match RESTARTS.iter().position(|r| *r == n.text) {
                Some(i) => restart = i as i64,
                None => {
                    ok = false;
                    diags.push(
                        Diagnostic::error(
                            codes::RESTART_TYPE,
                            format!(
                                "invalid restart type `{}` for child `{}`",
                                n.text, c.name.text
                            ),
                            n.span,
                        )
                        .with_help(format!("use one of {}", RESTARTS.join(", "))),
                    );
                }
            },
            ChildClause::Shutdown(ast::Shutdown::Millis(ms, _)) if *ms > 0 => shutdown = *ms,
            ChildClause::Shutdown(ast::Shutdown::Word(w)) if w.text == "brutal_kill" => {
                shutdown = -1
            }
            ChildClause::Shutdown(s) => {
                ok = false;
                let (text, span) = match s {
                    ast::Shutdown::Millis(ms, span) => (ms.to_string(), *span),
                    ast::Shutdown::Word(w) => (w.text.clone(), w.span),
                };
                diags.push(
                    Diagnostic::error(
                        codes::SHUTDOWN_VALUE,
                        format!(
                            "invalid shutdown value `{}` for child `{}`",
                            text, c.name.text
                        ),
                        span,
                    )
                    .with_help("use a positive number of milliseconds or `brutal_kill`"),
                );
            }
        }
    }
    let Some(start) = start else {
        diags.push(Diagnostic::error(
            codes::CHILD_START,
            format!(
                "child `{}` has no start function; add `start: fn -> spawn(...) end`",
                c.name.text
            ),
            c.name.span,
        ));
        return None;
    };
    if !ok {
        return None;
    }
    // `(<start>)()`, the call carrying the expression's span.
    let fn_name = format!("{}.#child.{}", sup, c.name.text);
    let body = block(
        vec![ast::Stmt::Expr(call(start.clone(), Vec::new(), start.span))],
        start.span,
    );
    let function = function(
        &fn_name,
        Vec::new(),
        Some(named_type("Pid", Vec::new(), start.span)),
        body,
        c.span,
    );
    Some(ChildSpec {
        fn_name,
        function,
        restart,
        shutdown,
    })
}

impl Checker<'_> {
    /// `spawn(Sup)` for a supervisor `Sup` of the current module: the call
    /// of its generated starter. `None` when `callee` is not a supervisor.
    pub fn spawn_supervisor(
        &mut self,
        ctx: &mut FnCtx,
        callee: &ast::Expr,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<crate::hir::Expr> {
        let ast::ExprKind::Ident(n) = &callee.kind else {
            return None;
        };
        if ctx.lookup(&n.text).is_some() {
            return None;
        }
        let starter = format!("{}.#start", n.text);
        let Some((v @ Value::Fn(_), _)) = self.scopes[ctx.module].values.get(&starter).copied()
        else {
            return None;
        };
        if let Some(first) = args.first() {
            self.diags.push(Diagnostic::error(
                codes::ARITY,
                format!(
                    "supervisor `{}` takes no arguments: expected 0 arguments, found {}",
                    n.text,
                    args.len()
                ),
                first.span,
            ));
        }
        Some(self.call_known(ctx, v, Vec::new(), span))
    }

    /// E0109 for a supervisor name used other than in `spawn(Sup)`;
    /// `false` when `name` is not a supervisor of `module`.
    pub fn misused_supervisor(&mut self, module: usize, name: &ast::Name) -> bool {
        let starter = format!("{}.#start", name.text);
        if !self.scopes[module].values.contains_key(&starter) {
            return false;
        }
        self.diags.push(Diagnostic::error(
            codes::ACTOR_CALL,
            format!(
                "supervisor `{}` cannot be used as a value or called directly; start it with `spawn({})`",
                name.text, name.text
            ),
            name.span,
        ));
        true
    }

    /// E0018 for each child of module `m` whose `start:` value failed to be
    /// called as a zero-argument function returning a `Pid`.
    pub fn finish_supervisors(&mut self, m: usize) {
        let sources = self.sources;
        for item in &sources[m].ast.items {
            let ast::Item::Supervisor(def) = item else {
                continue;
            };
            for clause in &def.clauses {
                let SupClause::Child(c) = clause else {
                    continue;
                };
                let Some(start) = c.clauses.iter().find_map(|cl| match cl {
                    ChildClause::Start(e) => Some(e),
                    _ => None,
                }) else {
                    continue;
                };
                let before = self.diags.len();
                self.diags.retain(|d| {
                    !(d.primary.span == start.span
                        && [codes::TYPE_MISMATCH, codes::ARITY, codes::NOT_A_FUNCTION]
                            .contains(&d.code))
                });
                if self.diags.len() < before {
                    self.diags.push(
                        Diagnostic::error(
                            codes::CHILD_START,
                            format!("child `{}` start function must return Pid", c.name.text),
                            start.span,
                        )
                        .with_help("use a function of no arguments that spawns the child: `fn -> spawn(worker) end`"),
                    );
                }
            }
        }
    }
}
