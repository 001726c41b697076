//! The block expressions: `if`/`else if`/`else` (§4.11), `case`/`match`
//! (§4.12), `receive` (§4.18.3), closures in every form of §4.13, `for`
//! (§4.14.1) and `while` (§4.14.2).

use chumsky::prelude::*;

use super::base::{closing, kw, lower_name, missing_end, seps, skip_line, Opener, P};
use super::Grammar;
use crate::ast::{
    AfterClause, Arm, Block, ClosureClause, Expr, ExprKind, Name, Param, Pattern, PatternKind, Stmt,
};
use crate::span::Span;
use crate::token::Token;

/// A single expression as a block of one statement.
fn single(expr: Expr) -> Block {
    Block {
        span: expr.span,
        stmts: vec![Stmt::Expr(expr)],
    }
}

/// An arm body: `-> do ... end` or one expression (a `return` is accepted too).
fn arm_body<'s>(g: &Grammar<'s>) -> impl P<'s, Block> {
    choice((g.do_block.clone(), g.return_or_expr.clone().map(single)))
}

/// `pattern [when guard] -> body`
fn arm<'s>(g: &Grammar<'s>) -> impl P<'s, Arm> {
    g.pattern
        .clone()
        .then(just(Token::When).ignore_then(g.expr.clone()).or_not())
        .then_ignore(just(Token::Arrow))
        .then(arm_body(g))
        .map_with(|((pat, guard), body), e| Arm {
            pat,
            guard,
            body,
            span: e.span(),
        })
}

/// Arms, each followed by optional separators; a broken arm is skipped to
/// the end of its line.
fn arms<'s>(g: &Grammar<'s>) -> impl P<'s, Vec<Arm>> {
    arm(g)
        .map(Some)
        .recover_with(via_parser(skip_line().to(None)))
        .then_ignore(seps())
        .repeated()
        .collect::<Vec<_>>()
        .map(|arms| arms.into_iter().flatten().collect())
}

fn expr_of(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

pub(super) fn if_expr<'s>(g: &Grammar<'s>) -> impl P<'s, Expr> {
    let else_if = just(Token::Else)
        .then(just(Token::If))
        .ignore_then(g.expr.clone())
        .then_ignore(just(Token::Do))
        .then(g.block.clone());
    let else_block = just(Token::Else).ignore_then(g.block.clone());
    just(Token::If)
        .ignore_then(g.expr.clone())
        .then(kw(Token::Do))
        .then(g.block.clone())
        .then(else_if.repeated().collect::<Vec<_>>())
        .then(else_block.or_not())
        .then(closing())
        .validate(
            |(((((cond, opened), then), else_ifs), else_block), close), e, emitter| {
                if let Some(error) = missing_end(Opener::Do, opened, &close) {
                    emitter.emit(error);
                }
                let mut branches = vec![(cond, then)];
                branches.extend(else_ifs);
                expr_of(
                    ExprKind::If {
                        branches,
                        else_block,
                    },
                    e.span(),
                )
            },
        )
}

pub(super) fn case_expr<'s>(g: &Grammar<'s>) -> impl P<'s, Expr> {
    one_of([Token::Case, Token::Match])
        .ignore_then(g.expr.clone())
        .then(kw(Token::Do))
        .then_ignore(seps())
        .then(arms(g))
        .then(closing())
        .validate(|(((scrutinee, opened), arms), close), e, emitter| {
            if let Some(error) = missing_end(Opener::Do, opened, &close) {
                emitter.emit(error);
            }
            expr_of(
                ExprKind::Case {
                    scrutinee: Box::new(scrutinee),
                    arms,
                },
                e.span(),
            )
        })
}

pub(super) fn receive_expr<'s>(g: &Grammar<'s>) -> impl P<'s, Expr> {
    let after = just(Token::After)
        .ignore_then(g.expr.clone())
        .then_ignore(just(Token::Arrow))
        .then(arm_body(g))
        .map_with(|(timeout, body), e| AfterClause {
            timeout: Box::new(timeout),
            body,
            span: e.span(),
        })
        .then_ignore(seps());
    just(Token::Receive)
        .ignore_then(kw(Token::Do))
        .then_ignore(seps())
        .then(arms(g))
        .then(after.or_not())
        .then(closing())
        .validate(|(((opened, arms), after), close), e, emitter| {
            if let Some(error) = missing_end(Opener::Do, opened, &close) {
                emitter.emit(error);
            }
            expr_of(ExprKind::Receive { arms, after }, e.span())
        })
}

/// Closure parameters: parenthesized, or bare (`fn x, y -> ...`).
fn closure_params<'s>(g: &Grammar<'s>) -> impl P<'s, Vec<Param>> {
    let param = g.param.clone();
    choice((
        param
            .clone()
            .separated_by(just(Token::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen)),
        param
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ))
}

/// How the first clause of a closure ends, which decides what its `end`
/// closes.
enum Body {
    Arrow(Block),
    Do(Span, Block),
}

pub(super) fn closure<'s>(g: &Grammar<'s>) -> impl P<'s, Expr> {
    let guard = just(Token::When).ignore_then(g.expr.clone()).or_not();
    let arrow_body = just(Token::Arrow).ignore_then(g.expr.clone()).map(single);

    let no_params = choice((
        just(Token::Arrow)
            .ignore_then(g.block.clone())
            .map(Body::Arrow),
        kw(Token::Do)
            .then(g.block.clone())
            .map(|(opened, block)| Body::Do(opened, block)),
    ))
    .map(|body| (Vec::new(), None, body));
    let with_params = closure_params(g).then(guard.clone()).then(choice((
        arrow_body.clone().map(Body::Arrow),
        kw(Token::Do)
            .then(g.block.clone())
            .map(|(opened, block)| Body::Do(opened, block)),
    )));
    let first = choice((
        no_params,
        with_params.map(|((params, guard), body)| (params, guard, body)),
    ))
    .map_with(|clause, e| {
        let whole = e.span();
        let body_end = match &clause.2 {
            Body::Arrow(block) | Body::Do(_, block) => block.span.end,
        };
        (
            clause,
            Span {
                end: body_end.max(whole.start),
                ..whole
            },
        )
    });

    let later = just(Token::Pipe)
        .ignore_then(
            closure_params(g)
                .then(guard)
                .then(choice((arrow_body, g.do_block.clone())))
                .map_with(|((params, guard), body), e| ClosureClause {
                    params,
                    guard,
                    body,
                    span: e.span(),
                }),
        )
        .repeated()
        .collect::<Vec<_>>();

    kw(Token::Fn)
        .then(first)
        .then(later)
        .then(closing())
        .validate(
            |(((fn_span, ((params, guard, body), first_span)), later), close), e, emitter| {
                let (block, error) = match body {
                    Body::Arrow(block) => (block, missing_end(Opener::Closure, fn_span, &close)),
                    Body::Do(opened, block) => (block, missing_end(Opener::Do, opened, &close)),
                };
                if let Some(error) = error {
                    emitter.emit(error);
                }
                let mut clauses = vec![ClosureClause {
                    params,
                    guard,
                    body: block,
                    span: first_span,
                }];
                clauses.extend(later);
                expr_of(ExprKind::Closure { clauses }, e.span())
            },
        )
}

/// `for x in ...`, `for {k, v} in ...`, or another irrefutable pattern.
fn for_pattern<'s>(g: &Grammar<'s>) -> impl P<'s, Pattern> {
    let bind = |name: Name| Pattern {
        span: name.span,
        kind: PatternKind::Bind(name),
    };
    let pair = lower_name()
        .then_ignore(just(Token::Comma))
        .then(lower_name())
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .map_with(move |(key, value), e| Pattern {
            kind: PatternKind::Tuple(vec![bind(key), bind(value)]),
            span: e.span(),
        });
    choice((pair, g.primary_pattern.clone()))
}

pub(super) fn for_expr<'s>(g: &Grammar<'s>) -> impl P<'s, Expr> {
    just(Token::For)
        .ignore_then(for_pattern(g))
        .then_ignore(just(Token::In))
        .then(g.expr.clone())
        .then(just(Token::When).ignore_then(g.expr.clone()).or_not())
        .then(g.do_block.clone())
        .map_with(|(((pat, iter), filter), body), e| {
            let kind = ExprKind::For {
                pat,
                iter: Box::new(iter),
                filter: filter.map(Box::new),
                body,
            };
            expr_of(kind, e.span())
        })
}

pub(super) fn while_expr<'s>(g: &Grammar<'s>) -> impl P<'s, Expr> {
    just(Token::While)
        .ignore_then(g.expr.clone())
        .then(g.do_block.clone())
        .map_with(|(cond, body), e| {
            expr_of(
                ExprKind::While {
                    cond: Box::new(cond),
                    body,
                },
                e.span(),
            )
        })
}
