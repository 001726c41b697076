//! A compact S-expression rendering of the AST for snapshots. Every node
//! except a plain name carries its span as `@start..end`; blocks, arms and
//! declaration members go on their own indented lines.

use mesh_syntax::ast::*;
use mesh_syntax::Span;

pub fn file(ast: &SourceFileAst) -> String {
    let mut r = Renderer {
        out: String::new(),
        indent: 0,
    };
    for item in &ast.items {
        r.item(item);
    }
    r.out
}

/// One statement (several lines for nested declarations).
pub fn stmt(s: &Stmt) -> String {
    let mut r = Renderer {
        out: String::new(),
        indent: 0,
    };
    r.stmt(s);
    r.out.trim_end().to_owned()
}

struct Renderer {
    out: String,
    indent: usize,
}

fn at(span: Span) -> String {
    format!("@{}..{}", span.start, span.end)
}

fn path(names: &[Name]) -> String {
    names
        .iter()
        .map(|n| n.text.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

fn names(list: &[Name]) -> String {
    list.iter()
        .map(|n| n.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn ty(t: &TypeExpr) -> String {
    let inner = match &t.kind {
        TypeExprKind::Unit => "unit".to_owned(),
        TypeExprKind::Tuple(items) => {
            format!(
                "tuple {}",
                items.iter().map(ty).collect::<Vec<_>>().join(" ")
            )
        }
        TypeExprKind::Fun { params, ret } => format!(
            "Fun ({}) {}",
            params.iter().map(ty).collect::<Vec<_>>().join(" "),
            ty(ret)
        ),
        TypeExprKind::Named { path: p, args } if args.is_empty() => path(p),
        TypeExprKind::Named { path: p, args } => {
            format!(
                "{} {}",
                path(p),
                args.iter().map(ty).collect::<Vec<_>>().join(" ")
            )
        }
    };
    format!("({inner} {})", at(t.span))
}

fn lit(l: &LitPattern) -> String {
    match l {
        LitPattern::Int(v) => format!("int {v}"),
        LitPattern::Float(x) => format!("float {x:?}"),
        LitPattern::Str(s) => format!("str {s:?}"),
        LitPattern::Bool(b) => format!("bool {b}"),
        LitPattern::Nil => "nil".to_owned(),
    }
}

fn pat(p: &Pattern) -> String {
    let inner = match &p.kind {
        PatternKind::Wildcard => "_".to_owned(),
        PatternKind::Bind(n) => format!("bind {}", n.text),
        PatternKind::Lit(l) => lit(l),
        PatternKind::Constructor {
            path: ps,
            args: None,
        } => format!("ctor {}", path(ps)),
        PatternKind::Constructor {
            path: ps,
            args: Some(args),
        } => format!(
            "ctor {} ({})",
            path(ps),
            args.iter().map(pat).collect::<Vec<_>>().join(" ")
        ),
        PatternKind::Tuple(items) => {
            format!(
                "tuple {}",
                items.iter().map(pat).collect::<Vec<_>>().join(" ")
            )
        }
        PatternKind::Cons { head, tail } => format!(":: {} {}", pat(head), pat(tail)),
        PatternKind::List(items) => {
            format!(
                "list {}",
                items.iter().map(pat).collect::<Vec<_>>().join(" ")
            )
        }
        PatternKind::Or(alts) => {
            format!("| {}", alts.iter().map(pat).collect::<Vec<_>>().join(" "))
        }
        PatternKind::As { pat: inner, name } => format!("as {} {}", pat(inner), name.text),
    };
    format!("({inner} {})", at(p.span))
}

fn param(p: &Param) -> String {
    match &p.ty {
        Some(t) => format!("[{} :: {} {}]", pat(&p.pat), ty(t), at(p.span)),
        None => format!("[{} {}]", pat(&p.pat), at(p.span)),
    }
}

fn params(ps: &[Param]) -> String {
    ps.iter().map(param).collect::<Vec<_>>().join(" ")
}

fn bounds(bs: &[Bound]) -> String {
    bs.iter()
        .map(|b| format!("{}: {} {}", b.var.text, path(&b.interface), at(b.span)))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Renderer {
    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn nested(&mut self, f: impl FnOnce(&mut Renderer)) {
        self.indent += 1;
        f(self);
        self.indent -= 1;
    }

    fn item(&mut self, item: &Item) {
        match item {
            Item::Import(i) => self.line(&format!("(import {} {})", path(&i.path), at(i.span))),
            Item::FromImport(i) => self.line(&format!(
                "(from {} import [{}] {})",
                path(&i.path),
                names(&i.names),
                at(i.span)
            )),
            Item::Fn(f) => self.fn_def(f),
            Item::Extern(x) => {
                let generics = if x.generics.is_empty() {
                    String::new()
                } else {
                    format!(" <{}>", names(&x.generics))
                };
                let where_ = if x.where_clause.is_empty() {
                    String::new()
                } else {
                    format!(" where {}", bounds(&x.where_clause))
                };
                self.line(&format!(
                    "(extern{} {}{} ({}) -> {}{} = {:?} {})",
                    if x.is_pub { " pub" } else { "" },
                    x.name.text,
                    generics,
                    params(&x.params),
                    ty(&x.ret),
                    where_,
                    x.symbol,
                    at(x.span)
                ))
            }
            Item::Struct(s) => {
                self.line(&format!(
                    "(struct{} {}{} {}",
                    if s.is_pub { " pub" } else { "" },
                    s.name.text,
                    if s.generics.is_empty() {
                        String::new()
                    } else {
                        format!(" <{}>", names(&s.generics))
                    },
                    at(s.span)
                ));
                self.nested(|r| {
                    for f in &s.fields {
                        let t =
                            f.ty.as_ref()
                                .map(ty)
                                .unwrap_or_else(|| "<missing>".to_owned());
                        r.line(&format!("(field {} {} {})", f.name.text, t, at(f.span)));
                    }
                    if let Some((t, span)) = &s.table {
                        r.line(&format!("(table {t:?} {})", at(*span)));
                    }
                    if let Some(pk) = &s.primary_key {
                        r.line(&format!("(primary_key {} {})", pk.text, at(pk.span)));
                    }
                    if let Some((on, span)) = &s.timestamps {
                        r.line(&format!("(timestamps {on} {})", at(*span)));
                    }
                    for rel in &s.relationships {
                        r.line(&format!(
                            "({:?} {} {} {})",
                            rel.kind,
                            rel.name.text,
                            rel.target.text,
                            at(rel.span)
                        ));
                    }
                    if let Some(d) = &s.deriving {
                        r.line(&format!("(deriving {})", names(d)));
                    }
                });
                self.line(")");
            }
            Item::SumType(s) => {
                self.line(&format!(
                    "(type{} {}{} {}",
                    if s.is_pub { " pub" } else { "" },
                    s.name.text,
                    if s.generics.is_empty() {
                        String::new()
                    } else {
                        format!(" <{}>", names(&s.generics))
                    },
                    at(s.span)
                ));
                self.nested(|r| {
                    for v in &s.variants {
                        let fields = v
                            .fields
                            .iter()
                            .map(|f| match &f.name {
                                Some(n) => format!("{}: {}", n.text, ty(&f.ty)),
                                None => ty(&f.ty),
                            })
                            .collect::<Vec<_>>()
                            .join(" ");
                        r.line(&format!(
                            "(variant {} ({}) {})",
                            v.name.text,
                            fields,
                            at(v.span)
                        ));
                    }
                    if let Some(d) = &s.deriving {
                        r.line(&format!("(deriving {})", names(d)));
                    }
                });
                self.line(")");
            }
            Item::TypeAlias(a) => self.line(&format!(
                "(alias{} {}{} = {} {})",
                if a.is_pub { " pub" } else { "" },
                a.name.text,
                if a.generics.is_empty() {
                    String::new()
                } else {
                    format!(" <{}>", names(&a.generics))
                },
                ty(&a.ty),
                at(a.span)
            )),
            Item::Interface(i) => {
                self.line(&format!(
                    "(interface{} {}{} {}",
                    if i.is_pub { " pub" } else { "" },
                    i.name.text,
                    if i.generics.is_empty() {
                        String::new()
                    } else {
                        format!(" <{}>", names(&i.generics))
                    },
                    at(i.span)
                ));
                self.nested(|r| {
                    for a in &i.assoc_types {
                        r.line(&format!("(type {})", a.text));
                    }
                    for m in &i.methods {
                        let ret = m
                            .ret
                            .as_ref()
                            .map(|t| format!(" -> {}", ty(t)))
                            .unwrap_or_default();
                        r.line(&format!(
                            "(sig {} ({}){} {}",
                            m.name.text,
                            params(&m.params),
                            ret,
                            at(m.span)
                        ));
                        if let Some(body) = &m.default_body {
                            r.nested(|r| r.block(body));
                        }
                        r.line(")");
                    }
                });
                self.line(")");
            }
            Item::Impl(i) => {
                let args = if i.interface_args.is_empty() {
                    String::new()
                } else {
                    format!(
                        " <{}>",
                        i.interface_args
                            .iter()
                            .map(ty)
                            .collect::<Vec<_>>()
                            .join(" ")
                    )
                };
                let where_ = if i.where_clause.is_empty() {
                    String::new()
                } else {
                    format!(" where {}", bounds(&i.where_clause))
                };
                self.line(&format!(
                    "(impl {}{} for {}{} {}",
                    path(&i.interface),
                    args,
                    path(&i.for_type),
                    where_,
                    at(i.span)
                ));
                self.nested(|r| {
                    for (n, t) in &i.assoc_types {
                        r.line(&format!("(type {} = {})", n.text, ty(t)));
                    }
                    for m in &i.methods {
                        r.fn_def(m);
                    }
                });
                self.line(")");
            }
            Item::Actor(a) => {
                self.line(&format!(
                    "(actor{} {} ({}) {}",
                    if a.is_pub { " pub" } else { "" },
                    a.name.text,
                    params(&a.params),
                    at(a.span)
                ));
                self.nested(|r| r.block(&a.body));
                self.line(")");
            }
            Item::Service(s) => {
                self.line(&format!(
                    "(service{} {} {}",
                    if s.is_pub { " pub" } else { "" },
                    s.name.text,
                    at(s.span)
                ));
                self.nested(|r| {
                    for it in &s.items {
                        match it {
                            ServiceItem::Fn(f) => r.fn_def(f),
                            ServiceItem::Call(h) => r.handler("call", h),
                            ServiceItem::Cast(h) => r.handler("cast", h),
                        }
                    }
                });
                self.line(")");
            }
            Item::Supervisor(s) => {
                self.line(&format!(
                    "(supervisor{} {} {}",
                    if s.is_pub { " pub" } else { "" },
                    s.name.text,
                    at(s.span)
                ));
                self.nested(|r| {
                    for c in &s.clauses {
                        match c {
                            SupClause::Strategy(n) => r.line(&format!("(strategy {})", n.text)),
                            SupClause::MaxRestarts(n, sp) => {
                                r.line(&format!("(max_restarts {n} {})", at(*sp)))
                            }
                            SupClause::MaxSeconds(n, sp) => {
                                r.line(&format!("(max_seconds {n} {})", at(*sp)))
                            }
                            SupClause::Child(child) => {
                                r.line(&format!("(child {} {}", child.name.text, at(child.span)));
                                r.nested(|r| {
                                    for cc in &child.clauses {
                                        match cc {
                                            ChildClause::Start(e) => {
                                                let text = r.expr(e);
                                                r.line(&format!("(start {text})"))
                                            }
                                            ChildClause::Restart(n) => {
                                                r.line(&format!("(restart {})", n.text))
                                            }
                                            ChildClause::Shutdown(Shutdown::Millis(ms, sp)) => {
                                                r.line(&format!("(shutdown {ms} {})", at(*sp)))
                                            }
                                            ChildClause::Shutdown(Shutdown::Word(w)) => {
                                                r.line(&format!("(shutdown {})", w.text))
                                            }
                                        }
                                    }
                                });
                                r.line(")");
                            }
                        }
                    }
                });
                self.line(")");
            }
            Item::Module(m) => {
                self.line(&format!(
                    "(module{} {} {}",
                    if m.is_pub { " pub" } else { "" },
                    m.name.text,
                    at(m.span)
                ));
                self.nested(|r| {
                    for i in &m.items {
                        r.item(i);
                    }
                });
                self.line(")");
            }
        }
    }

    fn handler(&mut self, kind: &str, h: &Handler) {
        let reply = h
            .reply_ty
            .as_ref()
            .map(|t| format!(" :: {}", ty(t)))
            .unwrap_or_default();
        let state = h
            .state
            .as_ref()
            .map(|s| format!(" |{}|", s.text))
            .unwrap_or_default();
        self.line(&format!(
            "({kind} {} ({}){reply}{state} {}",
            h.name.text,
            params(&h.params),
            at(h.span)
        ));
        self.nested(|r| r.block(&h.body));
        self.line(")");
    }

    fn fn_def(&mut self, f: &FnDef) {
        let mut head = format!("(fn{} {}", if f.is_pub { " pub" } else { "" }, f.name.text);
        if !f.generics.is_empty() {
            head.push_str(&format!(" <{}>", names(&f.generics)));
        }
        match &f.params {
            Some(ps) => head.push_str(&format!(" ({})", params(ps))),
            None => head.push_str(" no-params"),
        }
        if let Some(t) = &f.ret {
            head.push_str(&format!(" -> {}", ty(t)));
        }
        if !f.where_clause.is_empty() {
            head.push_str(&format!(" where {}", bounds(&f.where_clause)));
        }
        if let Some(g) = &f.guard {
            let g = self.expr(g);
            head.push_str(&format!(" when {g}"));
        }
        head.push_str(&format!(" {}", at(f.span)));
        match &f.body {
            FnBody::Expr(e) => {
                let e = self.expr(e);
                self.line(&format!("{head} = {e})"));
            }
            FnBody::Block(b) => {
                self.line(&head);
                self.nested(|r| r.block(b));
                self.line(")");
            }
        }
    }

    fn block(&mut self, b: &Block) {
        self.line(&format!("(block {}", at(b.span)));
        self.nested(|r| {
            for s in &b.stmts {
                r.stmt(s);
            }
        });
        self.line(")");
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Let {
                pat: p,
                ty: t,
                value,
                span,
            } => {
                let t = t
                    .as_ref()
                    .map(|t| format!(" :: {}", ty(t)))
                    .unwrap_or_default();
                let v = self.expr(value);
                self.line(&format!("(let {}{t} = {v} {})", pat(p), at(*span)));
            }
            Stmt::Fn(f) => self.fn_def(f),
            Stmt::Terminate { body, span } => {
                self.line(&format!("(terminate {}", at(*span)));
                self.nested(|r| r.block(body));
                self.line(")");
            }
            Stmt::Expr(e) => {
                let e = self.expr(e);
                self.line(&e);
            }
        }
    }

    /// Renders an expression; block-carrying expressions write their
    /// blocks as indented lines into `self.out` and the returned text
    /// refers to them in place.
    fn expr(&mut self, e: &Expr) -> String {
        let span = at(e.span);
        match &e.kind {
            ExprKind::Int(v) => format!("(int {v} {span})"),
            ExprKind::Float(x) => format!("(float {x:?} {span})"),
            ExprKind::Bool(b) => format!("(bool {b} {span})"),
            ExprKind::Unit => format!("(unit {span})"),
            ExprKind::Atom(a) => format!("(atom {a} {span})"),
            ExprKind::Str(parts) => {
                let parts = parts
                    .iter()
                    .map(|p| match p {
                        StrPart::Text(t) => format!("{t:?}"),
                        StrPart::Interp(e) => format!("${{{}}}", self.expr(e)),
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                format!("(str {parts} {span})")
            }
            ExprKind::Ident(n) => format!("(id {} {span})", n.text),
            ExprKind::Tuple(items) => format!("(tuple {} {span})", self.exprs(items)),
            ExprKind::List(items) => format!("(list {} {span})", self.exprs(items)),
            ExprKind::Map(entries) => {
                let entries = entries
                    .iter()
                    .map(|(k, v)| format!("[{} => {}]", self.expr(k), self.expr(v)))
                    .collect::<Vec<_>>()
                    .join(" ");
                format!("(map {entries} {span})")
            }
            ExprKind::StructLit { name, fields } => {
                format!("(struct-lit {} {} {span})", name.text, self.fields(fields))
            }
            ExprKind::StructUpdate { base, fields } => {
                format!(
                    "(update {} {} {span})",
                    self.expr(base),
                    self.fields(fields)
                )
            }
            ExprKind::Binary { op, lhs, rhs } => {
                format!(
                    "({} {} {} {span})",
                    op.symbol(),
                    self.expr(lhs),
                    self.expr(rhs)
                )
            }
            ExprKind::Unary { op, operand } => {
                let op = match op {
                    UnOp::Neg => "neg",
                    UnOp::Not => "not",
                };
                format!("({op} {} {span})", self.expr(operand))
            }
            ExprKind::Pipe { lhs, rhs } => {
                format!("(|> {} {} {span})", self.expr(lhs), self.expr(rhs))
            }
            ExprKind::Call { callee, args } => {
                let callee = self.expr(callee);
                let args = args
                    .iter()
                    .map(|a| match &a.name {
                        Some(n) => format!("{}: {}", n.text, self.expr(&a.value)),
                        None => self.expr(&a.value),
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                format!("(call {callee} [{args}] {span})")
            }
            ExprKind::Field { base, name } => {
                format!("(. {} {} {span})", self.expr(base), name.text)
            }
            ExprKind::Try(inner) => format!("(? {} {span})", self.expr(inner)),
            ExprKind::Index { base, index } => {
                format!("(index {} {} {span})", self.expr(base), self.expr(index))
            }
            ExprKind::If {
                branches,
                else_block,
            } => {
                let mut text = format!("(if {span}");
                for (cond, block) in branches {
                    let c = self.expr(cond);
                    text.push_str(&format!(" [{c} {}]", self.block_text(block)));
                }
                if let Some(b) = else_block {
                    text.push_str(&format!(" [else {}]", self.block_text(b)));
                }
                text.push(')');
                text
            }
            ExprKind::Case { scrutinee, arms } => {
                let s = self.expr(scrutinee);
                format!("(case {s} {} {span})", self.arms(arms))
            }
            ExprKind::Closure { clauses } => {
                let clauses = clauses
                    .iter()
                    .map(|c| {
                        let guard = c
                            .guard
                            .as_ref()
                            .map(|g| format!(" when {}", self.expr(g)))
                            .unwrap_or_default();
                        format!(
                            "[({}){guard} {} {}]",
                            params(&c.params),
                            self.block_text(&c.body),
                            at(c.span)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                format!("(fn {clauses} {span})")
            }
            ExprKind::For {
                pat: p,
                iter,
                filter,
                body,
            } => {
                let iter = self.expr(iter);
                let filter = filter
                    .as_ref()
                    .map(|f| format!(" when {}", self.expr(f)))
                    .unwrap_or_default();
                format!(
                    "(for {} in {iter}{filter} {} {span})",
                    pat(p),
                    self.block_text(body)
                )
            }
            ExprKind::While { cond, body } => {
                let c = self.expr(cond);
                format!("(while {c} {} {span})", self.block_text(body))
            }
            ExprKind::Break => format!("(break {span})"),
            ExprKind::Continue => format!("(continue {span})"),
            ExprKind::Return(None) => format!("(return {span})"),
            ExprKind::Return(Some(v)) => format!("(return {} {span})", self.expr(v)),
            ExprKind::Spawn { callee, args } => {
                format!(
                    "(spawn {} [{}] {span})",
                    self.expr(callee),
                    self.exprs(args)
                )
            }
            ExprKind::Send { target, message } => {
                format!("(send {} {} {span})", self.expr(target), self.expr(message))
            }
            ExprKind::Receive { arms, after } => {
                let mut text = format!("(receive {}", self.arms(arms));
                if let Some(a) = after {
                    let t = self.expr(&a.timeout);
                    text.push_str(&format!(
                        " (after {t} {} {})",
                        self.block_text(&a.body),
                        at(a.span)
                    ));
                }
                text.push_str(&format!(" {span})"));
                text
            }
            ExprKind::SelfPid => format!("(self-pid {span})"),
            ExprKind::Link(p) => format!("(link {} {span})", self.expr(p)),
            ExprKind::Error => format!("(error {span})"),
        }
    }

    fn exprs(&mut self, items: &[Expr]) -> String {
        items
            .iter()
            .map(|e| self.expr(e))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn fields(&mut self, fields: &[FieldInit]) -> String {
        fields
            .iter()
            .map(|f| format!("[{}: {} {}]", f.name.text, self.expr(&f.value), at(f.span)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn arms(&mut self, arms: &[Arm]) -> String {
        arms.iter()
            .map(|a| {
                let guard = a
                    .guard
                    .as_ref()
                    .map(|g| format!(" when {}", self.expr(g)))
                    .unwrap_or_default();
                format!(
                    "[{}{guard} -> {} {}]",
                    pat(&a.pat),
                    self.block_text(&a.body),
                    at(a.span)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A block inline: `{stmt; stmt}`; named functions and `let`s inside
    /// are rendered through a nested renderer.
    fn block_text(&mut self, b: &Block) -> String {
        let mut inner = Renderer {
            out: String::new(),
            indent: 0,
        };
        for s in &b.stmts {
            inner.stmt(s);
        }
        let stmts = inner
            .out
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("; ");
        format!("{{{stmts}}} {}", at(b.span))
    }
}
