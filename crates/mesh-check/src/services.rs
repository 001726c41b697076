//! Services (language.md §3.9, runtime.md §10). Before checking, every
//! `service Svc` item of a module gets ordinary items next to it, built
//! from its syntax tree (`desugar`); the `service` item itself is then
//! ignored by the checker. For `service Svc` with handlers `H`:
//!
//! * the request type `Svc<#A0, ...>` (public, so importing `Svc` from its
//!   module imports it): a sum type with one variant `Svc.H` per handler,
//!   carrying the handler's arguments; its parameters are the argument
//!   types, one per handler parameter;
//! * `Svc.#init` (the user's `init`), `Svc.#on.H` (a handler as a function
//!   of the state and its arguments, returning `(S, R)` for a call and `S`
//!   for a cast), `Svc.#loop` (takes the next request with
//!   `mesh_service_next`, dispatches with `case`, replies through
//!   `mesh_service_reply`, loops with the new state), `Svc.#entry` (runs
//!   init, `mesh_service_ready`, the loop), and the API: `Svc.start`
//!   (`mesh_service_start` with the entry) and `Svc.<snake>` per handler
//!   (`mesh_service_call` / `mesh_service_cast` with the request).
//!
//! Types left out by the program (the state `#S`, unannotated parameters
//! `#I<i>`/`#A<j>`, omitted replies `#R<k>`) are written as type names
//! starting with `#`; every generated function of one service sees the
//! same inference variable for one such name (`service_generics`), and the
//! functions of a service form one recursive group (`deps.rs`), so the
//! types inferred from the handler bodies are the types of the API.
//! `Svc.name` resolves to the generated `Svc.name` of the module declaring
//! the service, in that module and in every module that imports `Svc`
//! (`service_member`, called from the qualified-name lookup). A handler
//! parameter whose type stays open is E0110 (`finish_services`).

use crate::checker::Checker;
use crate::hir::{FnId, TypeId};
use crate::scope::Value;
use crate::synth::{self, *};
use crate::types::Type;
use mesh_syntax::ast::{self, ExprKind, PatternKind};
use mesh_syntax::{codes, Diagnostic, Span};

/// `GetProjectByApiKey` -> `get_project_by_api_key` (§3.9.3).
pub fn snake_case(handler: &str) -> String {
    let mut out = String::new();
    for (i, c) in handler.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Appends the generated items of every service of `file`.
pub fn desugar(file: &mut ast::SourceFileAst, diags: &mut Vec<Diagnostic>) {
    let mut generated = Vec::new();
    for item in &file.items {
        if let ast::Item::Service(def) = item {
            generated.extend(ServiceParts::of(def, diags).items());
        }
    }
    file.items.extend(generated);
}

/// One handler, with its position among all handler parameters.
struct HandlerPart<'d> {
    def: &'d ast::Handler,
    is_call: bool,
    snake: String,
    /// Index of its first parameter in the request type's parameters.
    first_param: usize,
    /// Index among the call handlers (for `#R<k>`).
    call_index: usize,
}

struct ServiceParts<'d> {
    def: &'d ast::ServiceDef,
    init: Option<&'d ast::FnDef>,
    handlers: Vec<HandlerPart<'d>>,
    /// Types of all handler parameters, in order (the request type's arguments).
    arg_types: Vec<ast::TypeExpr>,
}

impl<'d> ServiceParts<'d> {
    /// Sorts the items of `def`, reporting E0113 and E0111.
    fn of(def: &'d ast::ServiceDef, diags: &mut Vec<Diagnostic>) -> ServiceParts<'d> {
        let mut parts = ServiceParts {
            def,
            init: None,
            handlers: Vec::new(),
            arg_types: Vec::new(),
        };
        let mut calls = 0;
        for item in &def.items {
            let (handler, is_call) = match item {
                ast::ServiceItem::Fn(f) if f.name.text == "init" && parts.init.is_none() => {
                    parts.init = Some(f);
                    continue;
                }
                ast::ServiceItem::Fn(f) => {
                    let msg = if f.name.text == "init" {
                        format!("service `{}` has more than one `fn init`", def.name.text)
                    } else {
                        format!(
                            "a service body may only contain `fn init`, `call` and `cast` items, found `fn {}`",
                            f.name.text
                        )
                    };
                    diags.push(
                        Diagnostic::error(codes::SERVICE_ITEM, msg, f.name.span)
                            .with_help("define helper functions outside the service"),
                    );
                    continue;
                }
                ast::ServiceItem::Call(h) => (h, true),
                ast::ServiceItem::Cast(h) => (h, false),
            };
            let snake = snake_case(&handler.name.text);
            if snake == "start" {
                diags.push(Diagnostic::error(
                    codes::DUPLICATE_HANDLER,
                    format!(
                        "handler `{}` of service `{}` would generate `{}.start`, which starts the service",
                        handler.name.text, def.name.text, def.name.text
                    ),
                    handler.name.span,
                ));
                continue;
            }
            if let Some(other) = parts.handlers.iter().find(|h| h.snake == snake) {
                diags.push(
                    Diagnostic::error(
                        codes::DUPLICATE_HANDLER,
                        format!(
                            "duplicate service handler name: `{}` and `{}` of service `{}` both generate `{}.{}`",
                            other.def.name.text, handler.name.text, def.name.text, def.name.text, snake
                        ),
                        handler.name.span,
                    )
                    .with_label(other.def.name.span, "first defined here"),
                );
                continue;
            }
            let first_param = parts.arg_types.len();
            for p in &handler.params {
                let ty = p.ty.clone().unwrap_or_else(|| {
                    named_type(&format!("#A{}", parts.arg_types.len()), Vec::new(), p.span)
                });
                parts.arg_types.push(ty);
            }
            parts.handlers.push(HandlerPart {
                def: handler,
                is_call,
                snake,
                first_param,
                call_index: calls,
            });
            if is_call {
                calls += 1;
            }
        }
        if parts.init.is_none() {
            diags.push(Diagnostic::error(
                codes::SERVICE_ITEM,
                format!("service `{}` has no `fn init`", def.name.text),
                def.name.span,
            ));
        }
        parts
    }

    fn svc(&self) -> &str {
        &self.def.name.text
    }

    fn span(&self) -> Span {
        self.def.name.span
    }

    fn state_type(&self) -> ast::TypeExpr {
        named_type("#S", Vec::new(), self.span())
    }

    /// `Svc<#A0, ...>` with the annotated parameter types in place.
    fn request_type(&self) -> ast::TypeExpr {
        named_type(self.svc(), self.arg_types.clone(), self.span())
    }

    fn init_params(&self) -> &'d [ast::Param] {
        self.init.and_then(|f| f.params.as_deref()).unwrap_or(&[])
    }

    /// The type of init's parameter `i`.
    fn init_type(&self, i: usize) -> ast::TypeExpr {
        let p = &self.init_params()[i];
        p.ty.clone()
            .unwrap_or_else(|| named_type(&format!("#I{}", i), Vec::new(), p.span))
    }

    fn reply_type(&self, h: &HandlerPart) -> ast::TypeExpr {
        h.def.reply_ty.clone().unwrap_or_else(|| {
            named_type(&format!("#R{}", h.call_index), Vec::new(), h.def.name.span)
        })
    }

    fn items(&self) -> Vec<ast::Item> {
        let mut items = vec![ast::Item::SumType(self.request_def())];
        let mut fns = vec![
            self.init_fn(),
            self.loop_fn(),
            self.entry_fn(),
            self.start_fn(),
        ];
        for h in &self.handlers {
            fns.push(self.handler_fn(h));
            fns.push(self.client_fn(h));
        }
        items.extend(fns.into_iter().map(ast::Item::Fn));
        items
    }

    fn request_def(&self) -> ast::SumTypeDef {
        let span = self.span();
        let variants = self
            .handlers
            .iter()
            .map(|h| ast::VariantDef {
                name: name(
                    &format!("{}.{}", self.svc(), h.def.name.text),
                    h.def.name.span,
                ),
                fields: (0..h.def.params.len())
                    .map(|i| ast::VariantField {
                        name: None,
                        ty: named_type(&format!("#A{}", h.first_param + i), Vec::new(), span),
                        span,
                    })
                    .collect(),
                span: h.def.span,
            })
            .collect();
        ast::SumTypeDef {
            is_pub: true,
            name: self.def.name.clone(),
            generics: (0..self.arg_types.len())
                .map(|i| name(&format!("#A{}", i), span))
                .collect(),
            variants,
            deriving: Some(Vec::new()),
            span: self.def.span,
        }
    }

    /// `Svc.#init`: the user's `init`, its return type the state type.
    fn init_fn(&self) -> ast::FnDef {
        let span = self.span();
        let Some(init) = self.init else {
            let body = block(vec![ast::Stmt::Expr(expr(ExprKind::Unit, span))], span);
            return function(
                &format!("{}.#init", self.svc()),
                Vec::new(),
                None,
                body,
                span,
            );
        };
        let mut f = init.clone();
        f.is_pub = false;
        f.name = name(&format!("{}.#init", self.svc()), init.name.span);
        let params = self.init_params();
        f.params = Some(
            (0..params.len())
                .map(|i| {
                    param(
                        params[i].pat.clone(),
                        Some(self.init_type(i)),
                        params[i].span,
                    )
                })
                .collect(),
        );
        f.ret = Some(init.ret.clone().unwrap_or_else(|| self.state_type()));
        f
    }

    /// `Svc.#on.H(state :: #S, params...) -> (#S, R)` (call) or `-> #S` (cast).
    fn handler_fn(&self, h: &HandlerPart) -> ast::FnDef {
        let span = h.def.name.span;
        let state = match &h.def.state {
            Some(n) => bind(&n.text, n.span),
            None => wildcard(span),
        };
        let mut params = vec![param(state, Some(self.state_type()), span)];
        for (i, p) in h.def.params.iter().enumerate() {
            let ty = self.arg_types[h.first_param + i].clone();
            params.push(param(p.pat.clone(), Some(ty), p.span));
        }
        let ret = if h.is_call {
            tuple_type(vec![self.state_type(), self.reply_type(h)], span)
        } else {
            self.state_type()
        };
        let fn_name = format!("{}.#on.{}", self.svc(), h.def.name.text);
        function(&fn_name, params, Some(ret), h.def.body.clone(), h.def.span)
    }

    /// `Svc.#loop(state)`: one request, then itself with the new state.
    fn loop_fn(&self) -> ast::FnDef {
        let span = self.span();
        let svc = self.svc();
        let arms: Vec<ast::Arm> = self.handlers.iter().map(|h| self.dispatch_arm(h)).collect();
        let next = call_runtime("service_next", Vec::new(), span);
        let mut stmts = vec![let_stmt(
            bind("#req", span),
            Some(self.request_type()),
            next,
            span,
        )];
        let new_state = if arms.is_empty() {
            ident("#state", span)
        } else {
            expr(
                ExprKind::Case {
                    scrutinee: Box::new(ident("#req", span)),
                    arms,
                },
                span,
            )
        };
        stmts.push(let_stmt(bind("#next", span), None, new_state, span));
        stmts.push(ast::Stmt::Expr(call_named(
            &format!("{}.#loop", svc),
            vec![ident("#next", span)],
            span,
        )));
        function(
            &format!("{}.#loop", svc),
            vec![param(bind("#state", span), Some(self.state_type()), span)],
            Some(unit_type(span)),
            block(stmts, span),
            span,
        )
    }

    /// `Svc.H(a0, ...) -> ` the handler; a call replies and yields the new state.
    fn dispatch_arm(&self, h: &HandlerPart) -> ast::Arm {
        let span = h.def.name.span;
        let args: Vec<String> = (0..h.def.params.len())
            .map(|i| format!("#a{}", i))
            .collect();
        let pat = ast::Pattern {
            kind: PatternKind::Constructor {
                path: vec![name(&format!("{}.{}", self.svc(), h.def.name.text), span)],
                args: if args.is_empty() {
                    None
                } else {
                    Some(args.iter().map(|a| bind(a, span)).collect())
                },
            },
            span,
        };
        let mut call_args = vec![ident("#state", span)];
        call_args.extend(args.iter().map(|a| ident(a, span)));
        let handled = call_named(
            &format!("{}.#on.{}", self.svc(), h.def.name.text),
            call_args,
            span,
        );
        let stmts = if h.is_call {
            vec![
                let_stmt(
                    tuple_pattern(vec![bind("#s", span), bind("#r", span)], span),
                    None,
                    handled,
                    span,
                ),
                ast::Stmt::Expr(call_runtime("service_reply", vec![ident("#r", span)], span)),
                ast::Stmt::Expr(ident("#s", span)),
            ]
        } else {
            vec![ast::Stmt::Expr(handled)]
        };
        ast::Arm {
            pat,
            guard: None,
            body: block(stmts, span),
            span,
        }
    }

    /// `Svc.#entry(args)`: init, ready, loop, in the service process.
    fn entry_fn(&self) -> ast::FnDef {
        let span = self.span();
        let n = self.init_params().len();
        let names: Vec<String> = (0..n).map(|i| format!("#i{}", i)).collect();
        let types: Vec<ast::TypeExpr> = (0..n).map(|i| self.init_type(i)).collect();
        let mut stmts = Vec::new();
        let param_pat = match n {
            0 => wildcard(span),
            1 => bind(&names[0], span),
            _ => {
                let pats = names.iter().map(|a| bind(a, span)).collect();
                stmts.push(let_stmt(
                    tuple_pattern(pats, span),
                    None,
                    ident("#args", span),
                    span,
                ));
                bind("#args", span)
            }
        };
        let init_call = call_named(
            &format!("{}.#init", self.svc()),
            names.iter().map(|a| ident(a, span)).collect(),
            span,
        );
        stmts.push(let_stmt(
            bind("#st", span),
            Some(self.state_type()),
            init_call,
            span,
        ));
        stmts.push(ast::Stmt::Expr(call_runtime(
            "service_ready",
            Vec::new(),
            span,
        )));
        stmts.push(ast::Stmt::Expr(call_named(
            &format!("{}.#loop", self.svc()),
            vec![ident("#st", span)],
            span,
        )));
        function(
            &format!("{}.#entry", self.svc()),
            vec![param(param_pat, Some(tuple_type(types, span)), span)],
            Some(unit_type(span)),
            block(stmts, span),
            span,
        )
    }

    /// `Svc.start(init args...) -> Pid<()>`.
    fn start_fn(&self) -> ast::FnDef {
        let span = self.span();
        let n = self.init_params().len();
        let names: Vec<String> = (0..n).map(|i| format!("#i{}", i)).collect();
        let params = (0..n)
            .map(|i| param(bind(&names[i], span), Some(self.init_type(i)), span))
            .collect();
        let args = tuple_of(names.iter().map(|a| ident(a, span)).collect(), span);
        let start = call_runtime(
            "service_start",
            vec![
                ident(&format!("{}.#entry", self.svc()), span),
                args,
                string(self.svc(), span),
            ],
            span,
        );
        let ret = named_type("Pid", vec![unit_type(span)], span);
        function(
            &format!("{}.start", self.svc()),
            params,
            Some(ret),
            block(vec![ast::Stmt::Expr(start)], span),
            span,
        )
    }

    /// `Svc.<snake>(pid :: Pid<()>, args...)`: sends the request; a call
    /// returns the reply. An untyped `Pid` unifies with `Pid<()>`.
    fn client_fn(&self, h: &HandlerPart) -> ast::FnDef {
        let span = h.def.name.span;
        let n = h.def.params.len();
        let names: Vec<String> = (0..n).map(|i| format!("#p{}", i)).collect();
        let mut params = vec![param(
            bind("#pid", span),
            Some(named_type("Pid", vec![unit_type(span)], span)),
            span,
        )];
        for (i, a) in names.iter().enumerate() {
            params.push(param(
                bind(a, span),
                Some(self.arg_types[h.first_param + i].clone()),
                span,
            ));
        }
        let ctor = format!("{}.{}", self.svc(), h.def.name.text);
        let request = if n == 0 {
            ident(&ctor, span)
        } else {
            call_named(&ctor, names.iter().map(|a| ident(a, span)).collect(), span)
        };
        let mut stmts = vec![let_stmt(
            bind("#req", span),
            Some(self.request_type()),
            request,
            span,
        )];
        let (send, ret) = if h.is_call {
            let args = vec![
                ident("#pid", span),
                ident("#req", span),
                string(self.svc(), span),
                string(&h.snake, span),
            ];
            (call_runtime("service_call", args, span), self.reply_type(h))
        } else {
            let args = vec![ident("#pid", span), ident("#req", span)];
            (call_runtime("service_cast", args, span), unit_type(span))
        };
        stmts.push(ast::Stmt::Expr(send));
        function(
            &format!("{}.{}", self.svc(), h.snake),
            params,
            Some(ret),
            block(stmts, h.def.span),
            h.def.span,
        )
    }
}

impl Checker<'_> {
    /// `Svc.name` where `Svc` is the request type `id` of a service: the
    /// generated function, or E0030 for a name the service does not have.
    /// `None` when `id` is not a service.
    pub fn service_member(
        &mut self,
        id: TypeId,
        name: &str,
        span: Span,
    ) -> Option<Result<Value, ()>> {
        let def = &self.types[id.0 as usize];
        let svc = def.name.clone();
        let scope = self
            .scopes
            .iter()
            .find(|s| s.name == def.module && s.values.contains_key(&format!("{}.start", svc)))?;
        match scope.values.get(&format!("{}.{}", svc, name)) {
            Some((v @ Value::Fn(_), _)) if !name.starts_with('#') => Some(Ok(*v)),
            _ => {
                let mut available: Vec<String> = scope
                    .values
                    .keys()
                    .filter_map(|k| k.strip_prefix(&format!("{}.", svc)))
                    .filter(|k| !k.starts_with('#') && !k.starts_with(char::is_uppercase))
                    .map(|k| k.to_string())
                    .collect();
                available.sort();
                self.diags.push(
                    Diagnostic::error(
                        codes::NO_METHOD,
                        format!("service `{}` has no function `{}`", svc, name),
                        span,
                    )
                    .with_note(format!("available: {}", available.join(", "))),
                );
                Some(Err(()))
            }
        }
    }

    /// E0110 for each unannotated handler parameter of a service of module
    /// `m` whose type its handler leaves open: requests are matched by
    /// their exact type at run time, so the request type must be concrete.
    pub fn finish_services(&mut self, m: usize) {
        let sources = self.sources;
        for item in &sources[m].ast.items {
            let ast::Item::Service(def) = item else {
                continue;
            };
            let parts = ServiceParts::of(def, &mut Vec::new());
            for h in &parts.handlers {
                for (i, p) in h.def.params.iter().enumerate() {
                    let key = (m, def.name.text.clone(), format!("#A{}", h.first_param + i));
                    let Some(ty) = self.service_vars.get(&key) else {
                        continue;
                    };
                    if p.ty.is_some() || !has_variable(&self.table.zonk(ty)) {
                        continue;
                    }
                    let param = match &p.pat.kind {
                        PatternKind::Bind(n) => n.text.clone(),
                        _ => format!("{}", i + 1),
                    };
                    self.diags.push(Diagnostic::error(
                        codes::ANNOTATION_NEEDED,
                        format!(
                            "cannot infer the type of parameter `{}` of handler `{}`; add a type annotation",
                            param, h.def.name.text
                        ),
                        p.span,
                    ));
                }
            }
        }
    }

    /// The shared type variables (`#S`, `#A0`, ...) of the generated
    /// function `id` (declared by `first`) of a service: the same variable
    /// for one name in every function of that service. Empty for other
    /// functions.
    pub fn service_generics(&mut self, id: FnId, first: &ast::FnDef) -> Vec<(String, Type)> {
        let entry = &self.fns[id.0 as usize];
        let Some((svc, _)) = entry.name.split_once('.') else {
            return Vec::new();
        };
        let key_base = (entry.module, svc.to_string());
        let names = synth::shared_type_names(first);
        names
            .into_iter()
            .map(|n| {
                let key = (key_base.0, key_base.1.clone(), n.clone());
                let ty = match self.service_vars.get(&key) {
                    Some(t) => t.clone(),
                    None => {
                        let t = self.table.fresh();
                        self.service_vars.insert(key, t.clone());
                        t
                    }
                };
                (n, ty)
            })
            .collect()
    }
}

/// Whether `ty` still contains a type variable.
fn has_variable(ty: &Type) -> bool {
    match ty {
        Type::Var(_) => true,
        Type::Named(_, args) | Type::Tuple(args) => args.iter().any(has_variable),
        Type::Fun(ps, r) => ps.iter().any(has_variable) || has_variable(r),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::snake_case;

    #[test]
    fn snake_case_follows_the_examples_of_the_language_reference() {
        for (handler, snake) in [
            ("GetProjectByApiKey", "get_project_by_api_key"),
            ("ListOrgs", "list_orgs"),
            ("IsStreamClient", "is_stream_client"),
            ("Bump", "bump"),
            ("GetURL", "get_u_r_l"),
            ("Get2", "get2"),
        ] {
            assert_eq!(snake_case(handler), snake);
        }
    }
}
