//! Builders of syntax-tree nodes for the items the checker generates from
//! `service` and `supervisor` declarations (`services.rs`,
//! `supervisors.rs`). Generated names contain `.` or `#`, which no source
//! identifier can, so programs cannot name or shadow them.

use mesh_syntax::ast::{self, Expr, ExprKind, Pattern, PatternKind, Stmt, TypeExpr, TypeExprKind};
use mesh_syntax::Span;

/// The internal standard-library module with the process runtime bindings
/// (`stdlib/runtime_processes.mpl`); generated code qualifies its bindings
/// with this name.
pub const RUNTIME_MODULE: &str = "Runtime#";

pub fn name(text: &str, span: Span) -> ast::Name {
    ast::Name {
        text: text.to_string(),
        span,
    }
}

pub fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

pub fn ident(text: &str, span: Span) -> Expr {
    expr(ExprKind::Ident(name(text, span)), span)
}

pub fn string(text: &str, span: Span) -> Expr {
    expr(
        ExprKind::Str(vec![ast::StrPart::Text(text.to_string())]),
        span,
    )
}

pub fn int(value: i64, span: Span) -> Expr {
    expr(ExprKind::Int(value), span)
}

pub fn call(callee: Expr, args: Vec<Expr>, span: Span) -> Expr {
    expr(
        ExprKind::Call {
            callee: Box::new(callee),
            args: args
                .into_iter()
                .map(|value| ast::Arg { name: None, value })
                .collect(),
        },
        span,
    )
}

/// `name(args)` for a generated or local function.
pub fn call_named(callee: &str, args: Vec<Expr>, span: Span) -> Expr {
    call(ident(callee, span), args, span)
}

/// `Runtime#.binding(args)`.
pub fn call_runtime(binding: &str, args: Vec<Expr>, span: Span) -> Expr {
    let callee = expr(
        ExprKind::Field {
            base: Box::new(ident(RUNTIME_MODULE, span)),
            name: name(binding, span),
        },
        span,
    );
    call(callee, args, span)
}

/// `()` for no values, the value itself for one, else a tuple.
pub fn tuple_of(mut values: Vec<Expr>, span: Span) -> Expr {
    match values.len() {
        0 => expr(ExprKind::Unit, span),
        1 => values.remove(0),
        _ => expr(ExprKind::Tuple(values), span),
    }
}

pub fn bind(text: &str, span: Span) -> Pattern {
    Pattern {
        kind: PatternKind::Bind(name(text, span)),
        span,
    }
}

pub fn wildcard(span: Span) -> Pattern {
    Pattern {
        kind: PatternKind::Wildcard,
        span,
    }
}

/// The pattern matching `()` for no names, the name for one, else a tuple.
pub fn tuple_pattern(mut pats: Vec<Pattern>, span: Span) -> Pattern {
    match pats.len() {
        0 => Pattern {
            kind: PatternKind::Tuple(Vec::new()),
            span,
        },
        1 => pats.remove(0),
        _ => Pattern {
            kind: PatternKind::Tuple(pats),
            span,
        },
    }
}

pub fn named_type(path: &str, args: Vec<TypeExpr>, span: Span) -> TypeExpr {
    TypeExpr {
        kind: TypeExprKind::Named {
            path: vec![name(path, span)],
            args,
        },
        span,
    }
}

pub fn unit_type(span: Span) -> TypeExpr {
    TypeExpr {
        kind: TypeExprKind::Unit,
        span,
    }
}

/// `()` for no types, the type itself for one, else a tuple type.
pub fn tuple_type(mut types: Vec<TypeExpr>, span: Span) -> TypeExpr {
    match types.len() {
        0 => unit_type(span),
        1 => types.remove(0),
        _ => TypeExpr {
            kind: TypeExprKind::Tuple(types),
            span,
        },
    }
}

pub fn param(pat: Pattern, ty: Option<TypeExpr>, span: Span) -> ast::Param {
    ast::Param { pat, ty, span }
}

pub fn let_stmt(pat: Pattern, ty: Option<TypeExpr>, value: Expr, span: Span) -> Stmt {
    Stmt::Let {
        pat,
        ty,
        value,
        span,
    }
}

pub fn block(stmts: Vec<Stmt>, span: Span) -> ast::Block {
    ast::Block { stmts, span }
}

/// A private top-level function.
pub fn function(
    fn_name: &str,
    params: Vec<ast::Param>,
    ret: Option<TypeExpr>,
    body: ast::Block,
    span: Span,
) -> ast::FnDef {
    ast::FnDef {
        is_pub: false,
        name: name(fn_name, span),
        generics: Vec::new(),
        params: Some(params),
        ret,
        where_clause: Vec::new(),
        guard: None,
        body: ast::FnBody::Block(body),
        span,
    }
}

/// The names of the shared type variables (`#...`) a generated function's
/// parameter, return and top-level `let` annotations mention.
pub fn shared_type_names(def: &ast::FnDef) -> Vec<String> {
    let mut out = Vec::new();
    let params = def.params.as_deref().unwrap_or(&[]);
    for t in params
        .iter()
        .filter_map(|p| p.ty.as_ref())
        .chain(def.ret.as_ref())
    {
        collect_shared(t, &mut out);
    }
    if let ast::FnBody::Block(b) = &def.body {
        for s in &b.stmts {
            if let Stmt::Let { ty: Some(t), .. } = s {
                collect_shared(t, &mut out);
            }
        }
    }
    out
}

fn collect_shared(t: &TypeExpr, out: &mut Vec<String>) {
    match &t.kind {
        TypeExprKind::Unit => {}
        TypeExprKind::Tuple(ts) => ts.iter().for_each(|t| collect_shared(t, out)),
        TypeExprKind::Fun { params, ret } => {
            params.iter().for_each(|t| collect_shared(t, out));
            collect_shared(ret, out);
        }
        TypeExprKind::Named { path, args } => {
            if let [n] = path.as_slice() {
                if n.text.starts_with('#') && !out.contains(&n.text) {
                    out.push(n.text.clone());
                }
            }
            args.iter().for_each(|t| collect_shared(t, out));
        }
    }
}
