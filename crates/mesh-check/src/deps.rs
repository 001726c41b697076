//! The dependency graph of a module's top-level functions and its strongly
//! connected components in dependency order (language.md §2.8, §6.5.1).
//! An edge `f -> g` exists when `g`'s name occurs in `f`'s clauses; local
//! shadowing is ignored, which can only merge components, never split them.

use crate::checker::Checker;
use crate::hir::FnId;
use mesh_syntax::ast;
use std::collections::HashMap;

/// The groups of `module`'s functions to infer together, dependencies first.
pub fn function_groups(ck: &Checker, module: usize) -> Vec<Vec<FnId>> {
    let fns = &ck.scopes[module].functions;
    let index: HashMap<&str, usize> = fns
        .iter()
        .enumerate()
        .map(|(i, id)| (ck.fns[id.0 as usize].name.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = fns
        .iter()
        .map(|id| {
            let mut out = Vec::new();
            for clause in &ck.fns[id.0 as usize].clauses {
                visit_fn(clause, &mut |name| {
                    if let Some(&j) = index.get(name) {
                        if !out.contains(&j) {
                            out.push(j);
                        }
                    }
                });
            }
            out
        })
        .collect();
    let mut edges = edges;
    link_generated(ck, fns, &mut edges);
    tarjan(&edges)
        .into_iter()
        .map(|comp| comp.into_iter().map(|i| fns[i]).collect())
        .collect()
}

/// The generated functions of one service or supervisor (names `X.y`,
/// services.rs) form one component: each gets an edge to the next.
fn link_generated(ck: &Checker, fns: &[FnId], edges: &mut [Vec<usize>]) {
    let mut by_owner: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, id) in fns.iter().enumerate() {
        if let Some((owner, _)) = ck.fns[id.0 as usize].name.split_once('.') {
            by_owner.entry(owner).or_default().push(i);
        }
    }
    for members in by_owner.values() {
        for (k, &i) in members.iter().enumerate() {
            let next = members[(k + 1) % members.len()];
            if next != i && !edges[i].contains(&next) {
                edges[i].push(next);
            }
        }
    }
}

/// Strongly connected components, each sorted, in an order where every
/// component comes after the components it has edges to.
fn tarjan(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct State<'e> {
        edges: &'e [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn connect(s: &mut State, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.edges[v] {
            match s.index[w] {
                None => {
                    connect(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on_stack[w] => s.low[v] = s.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                comp.push(w);
                if w == v {
                    break;
                }
            }
            comp.sort();
            s.out.push(comp);
        }
    }
    let n = edges.len();
    let mut s = State {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            connect(&mut s, v);
        }
    }
    s.out
}

pub fn visit_fn(def: &ast::FnDef, f: &mut dyn FnMut(&str)) {
    if let Some(g) = &def.guard {
        visit_expr(g, f);
    }
    match &def.body {
        ast::FnBody::Expr(e) => visit_expr(e, f),
        ast::FnBody::Block(b) => visit_block(b, f),
    }
}

fn visit_block(b: &ast::Block, f: &mut dyn FnMut(&str)) {
    for s in &b.stmts {
        match s {
            ast::Stmt::Let { value, .. } => visit_expr(value, f),
            ast::Stmt::Fn(def) => visit_fn(def, f),
            ast::Stmt::Terminate { body, .. } => visit_block(body, f),
            ast::Stmt::Expr(e) => visit_expr(e, f),
        }
    }
}

fn visit_arms(arms: &[ast::Arm], f: &mut dyn FnMut(&str)) {
    for a in arms {
        if let Some(g) = &a.guard {
            visit_expr(g, f);
        }
        visit_block(&a.body, f);
    }
}

fn visit_expr(e: &ast::Expr, f: &mut dyn FnMut(&str)) {
    use ast::ExprKind as K;
    match &e.kind {
        K::Ident(n) => f(&n.text),
        K::Str(parts) => {
            for p in parts {
                if let ast::StrPart::Interp(e) = p {
                    visit_expr(e, f);
                }
            }
        }
        K::Tuple(es) | K::List(es) => es.iter().for_each(|e| visit_expr(e, f)),
        K::Map(kvs) => kvs.iter().for_each(|(k, v)| {
            visit_expr(k, f);
            visit_expr(v, f);
        }),
        K::StructLit { fields, .. } => fields.iter().for_each(|fi| visit_expr(&fi.value, f)),
        K::StructUpdate { base, fields } => {
            visit_expr(base, f);
            fields.iter().for_each(|fi| visit_expr(&fi.value, f));
        }
        K::Binary { lhs, rhs, .. } | K::Pipe { lhs, rhs } => {
            visit_expr(lhs, f);
            visit_expr(rhs, f);
        }
        K::Unary { operand, .. } => visit_expr(operand, f),
        K::Call { callee, args } => {
            visit_expr(callee, f);
            args.iter().for_each(|a| visit_expr(&a.value, f));
        }
        K::Field { base, name } => {
            // `Svc.fn` names the generated function `Svc.fn` (services.rs).
            if let K::Ident(q) = &base.kind {
                f(&format!("{}.{}", q.text, name.text));
            }
            visit_expr(base, f)
        }
        K::Try(e) | K::Link(e) => visit_expr(e, f),
        K::Index { base, index } => {
            visit_expr(base, f);
            visit_expr(index, f);
        }
        K::If {
            branches,
            else_block,
        } => {
            for (c, b) in branches {
                visit_expr(c, f);
                visit_block(b, f);
            }
            if let Some(b) = else_block {
                visit_block(b, f);
            }
        }
        K::Case { scrutinee, arms } => {
            visit_expr(scrutinee, f);
            visit_arms(arms, f);
        }
        K::Closure { clauses } => {
            for c in clauses {
                if let Some(g) = &c.guard {
                    visit_expr(g, f);
                }
                visit_block(&c.body, f);
            }
        }
        K::For {
            iter, filter, body, ..
        } => {
            visit_expr(iter, f);
            if let Some(x) = filter {
                visit_expr(x, f);
            }
            visit_block(body, f);
        }
        K::While { cond, body } => {
            visit_expr(cond, f);
            visit_block(body, f);
        }
        K::Return(Some(e)) => visit_expr(e, f),
        K::Spawn { callee, args } => {
            // `spawn(Sup)` calls the supervisor's `Sup.#start` (supervisors.rs).
            if let K::Ident(n) = &callee.kind {
                f(&format!("{}.#start", n.text));
            }
            visit_expr(callee, f);
            args.iter().for_each(|a| visit_expr(a, f));
        }
        K::Send { target, message } => {
            visit_expr(target, f);
            visit_expr(message, f);
        }
        K::Receive { arms, after } => {
            visit_arms(arms, f);
            if let Some(a) = after {
                visit_expr(&a.timeout, f);
                visit_block(&a.body, f);
            }
        }
        K::Int(_)
        | K::Float(_)
        | K::Bool(_)
        | K::Unit
        | K::Atom(_)
        | K::Return(None)
        | K::Break
        | K::Continue
        | K::SelfPid
        | K::Error => {}
    }
}
