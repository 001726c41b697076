//! Blocks and statements (language.md §4.2, §3.2, §4.15): `let`, `return`,
//! nested named functions, `terminate do ... end`, and expression
//! statements. Statements are separated by significant newlines or `;`;
//! a broken statement is reported and skipped to the end of its line.

use chumsky::prelude::*;

use super::base::{
    closing, kw, missing_end, seps, skip_line, stray_do_block, terminator, Opener, P,
};
use super::error::SyntaxError;
use super::Grammar;
use crate::ast::{Block, Expr, ExprKind, Stmt};
use crate::diagnostic::{codes, Diagnostic};
use crate::span::Span;
use crate::token::Token;

/// An expression where a statement-level expression is expected (statement,
/// `let` value, `=` body, arm body). A `do` block right after it is a
/// trailing closure, which is reported and skipped.
pub(super) fn expr_stmt<'s>(expr: impl P<'s, Expr>) -> impl P<'s, Expr> {
    expr.then(stray_do_block().or_not())
        .validate(|(expr, stray), _, emitter| {
            if let Some(do_span) = stray {
                let diagnostic = if matches!(expr.kind, ExprKind::Call { .. }) {
                    Diagnostic::error(
                        codes::TRAILING_CLOSURE,
                        "trailing closures are not supported: a `do` block cannot follow a call",
                        do_span,
                    )
                    .with_label(expr.span, "this call")
                    .with_help("pass the closure as an argument: `f(x, fn(y) do ... end)`")
                } else {
                    Diagnostic::syntax("unexpected `do` block after an expression", do_span)
                };
                emitter.emit(SyntaxError::custom(diagnostic));
            }
            expr
        })
}

/// `return` with a value, or bare at the end of a line; or an expression
/// statement.
pub(super) fn return_or_expr<'s>(expr_stmt: impl P<'s, Expr>) -> impl P<'s, Expr> {
    let ret = just(Token::Return)
        .ignore_then(expr_stmt.clone().or_not())
        .map_with(|value, e| Expr {
            kind: ExprKind::Return(value.map(Box::new)),
            span: e.span(),
        });
    choice((ret, expr_stmt))
}

/// Whether the token after `fn name` shows that `name` is the first bare
/// parameter of a closure (`fn x -> ...`, `fn a, b -> ...`, `fn n when ...`,
/// `fn x :: Int -> ...`) rather than the name of a function.
pub(super) fn continues_bare_closure_params(after_name: Option<&Token>) -> bool {
    matches!(
        after_name,
        Some(Token::Arrow | Token::Comma | Token::When | Token::ColonColon)
    )
}

/// `fn name` / `def name` at the start of a statement: a named function,
/// unless what follows the name makes it a closure's bare parameter.
fn named_fn_start<'s>() -> impl P<'s, ()> {
    one_of([Token::Fn, Token::Def])
        .then(select! { Token::Ident(_) => () })
        .then(
            one_of([Token::Arrow, Token::Comma, Token::When, Token::ColonColon])
                .not(),
        )
        .ignored()
}

/// One statement.
pub(super) fn stmt<'s>(g: &Grammar<'s>) -> impl P<'s, Stmt> {
    let let_stmt = just(Token::Let)
        .ignore_then(g.primary_pattern.clone())
        .then(just(Token::ColonColon).ignore_then(g.ty.clone()).or_not())
        .then_ignore(just(Token::Eq))
        .then(g.expr_stmt.clone())
        .map_with(|((pat, ty), value), e| Stmt::Let {
            pat,
            ty,
            value,
            span: e.span(),
        });
    let terminate = just(Token::Terminate)
        .ignore_then(g.do_block.clone())
        .map_with(|body, e| Stmt::Terminate {
            body,
            span: e.span(),
        });
    let named_fn = named_fn_start()
        .rewind()
        .ignore_then(g.fn_def.clone())
        .map(Stmt::Fn);
    let expression = named_fn_start()
        .not()
        .ignore_then(g.return_or_expr.clone())
        .map(Stmt::Expr);
    choice((let_stmt, terminate, named_fn, expression)).labelled("statement")
}

/// The statements of a block (between `do` and `end`/`else`, or after the
/// `->` of a closure without parameters).
pub(super) fn block<'s>(g: &Grammar<'s>) -> impl P<'s, Block> {
    let recovered = skip_line().then_ignore(seps()).map(|span| {
        Stmt::Expr(Expr {
            kind: ExprKind::Error,
            span,
        })
    });
    let item = stmt(g)
        .then_ignore(terminator(None))
        .recover_with(via_parser(recovered));
    seps()
        .ignore_then(item.repeated().collect::<Vec<_>>())
        .map_with(|stmts: Vec<Stmt>, e| {
            let span = match (stmts.first(), stmts.last()) {
                (Some(first), Some(last)) => stmt_span(first).to(stmt_span(last)),
                _ => {
                    let here = e.span();
                    Span {
                        end: here.start,
                        ..here
                    }
                }
            };
            Block { stmts, span }
        })
}

fn stmt_span(stmt: &Stmt) -> Span {
    match stmt {
        Stmt::Let { span, .. } | Stmt::Terminate { span, .. } => *span,
        Stmt::Fn(def) => def.span,
        Stmt::Expr(expr) => expr.span,
    }
}

/// `do` + statements + `end`, reporting a missing `end` against the `do`.
pub(super) fn do_block<'s>(block: impl P<'s, Block>) -> impl P<'s, Block> {
    kw(Token::Do)
        .then(block)
        .then(closing())
        .validate(|((opened, block), close), _, emitter| {
            if let Some(error) = missing_end(Opener::Do, opened, &close) {
                emitter.emit(error);
            }
            block
        })
}
