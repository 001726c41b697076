//! Expressions (language.md §4.1): the precedence levels from `|>` (lowest)
//! to postfix (tightest), prefix operators, and the primary forms except
//! the block constructs (which are in `control`).
//!
//! An expression never consumes `do`, so in the head of `if`, `case`,
//! `while` and `for` (and in a `when` guard) the `do` always belongs to the
//! construct. `-` applied directly to a number literal folds into a
//! negative literal.

use chumsky::prelude::*;

use super::base::{lower_name, name, upper_name, BoxedP, P};
use super::control;
use super::error::{SyntaxError, OPERATOR};
use super::Grammar;
use crate::ast::{Arg, BinOp, Expr, ExprKind, FieldInit, Name, StrPart, UnOp};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

fn expr_at(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

/// `name: value` (struct literal and update fields).
pub(super) fn field_init<'s>(expr: impl P<'s, Expr>) -> impl P<'s, FieldInit> {
    lower_name()
        .then_ignore(just(Token::Colon))
        .then(expr)
        .map_with(|(name, value), e| FieldInit {
            name,
            value,
            span: e.span(),
        })
        .labelled("field")
}

/// Comma-separated items in brackets, trailing comma allowed.
fn list<'s, O: 's>(item: impl P<'s, O>, open: Token, close: Token) -> impl P<'s, Vec<O>> {
    item.separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(open), just(close))
}

fn string<'s>(expr: impl P<'s, Expr>) -> impl P<'s, ExprKind> {
    let part = choice((
        select! { Token::StringContent(text) => StrPart::Text(text) },
        expr.delimited_by(just(Token::InterpStart), just(Token::InterpEnd))
            .map(StrPart::Interp),
    ));
    just(Token::StringStart)
        .ignore_then(part.repeated().collect::<Vec<_>>())
        .then_ignore(just(Token::StringEnd))
        .map(|parts| {
            let mut merged: Vec<StrPart> = Vec::with_capacity(parts.len());
            for part in parts {
                match (merged.last_mut(), part) {
                    (Some(StrPart::Text(text)), StrPart::Text(more)) => text.push_str(&more),
                    (_, part) => merged.push(part),
                }
            }
            ExprKind::Str(merged)
        })
}

/// `%{}`, `%{k => v, ...}` and `%{base | field: v, ...}`.
fn percent_brace<'s>(expr: impl P<'s, Expr>) -> impl P<'s, ExprKind> {
    enum Rest {
        Update(Vec<FieldInit>),
        Map(Expr, Vec<(Expr, Expr)>),
    }
    let entry = expr
        .clone()
        .then_ignore(just(Token::FatArrow))
        .then(expr.clone());
    let fields = field_init(expr.clone())
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .at_least(1)
        .collect::<Vec<_>>();
    let rest = choice((
        just(Token::Pipe).ignore_then(fields).map(Rest::Update),
        just(Token::FatArrow)
            .ignore_then(expr.clone())
            .then(
                just(Token::Comma)
                    .ignore_then(entry)
                    .repeated()
                    .collect::<Vec<_>>(),
            )
            .then_ignore(just(Token::Comma).or_not())
            .map(|(value, more)| Rest::Map(value, more)),
    ));
    just(Token::PercentBrace)
        .ignore_then(expr.then(rest).or_not())
        .then_ignore(just(Token::RBrace))
        .map(|content| match content {
            None => ExprKind::Map(Vec::new()),
            Some((base, Rest::Update(fields))) => ExprKind::StructUpdate {
                base: Box::new(base),
                fields,
            },
            Some((key, Rest::Map(value, more))) => {
                let mut entries = vec![(key, value)];
                entries.extend(more);
                ExprKind::Map(entries)
            }
        })
}

/// Call arguments; keyword arguments (`name: value`) must come last.
fn call_args<'s>(expr: impl P<'s, Expr>) -> impl P<'s, Vec<Arg>> {
    let keyword = lower_name()
        .then_ignore(just(Token::Colon))
        .then(expr.clone())
        .map(|(name, value)| Arg {
            name: Some(name),
            value,
        });
    let positional = expr.map(|value| Arg { name: None, value });
    let arg = choice((keyword, positional)).labelled("expression");
    list(arg, Token::LParen, Token::RParen).validate(|args, _, emitter| {
        let mut seen_keyword = false;
        for arg in &args {
            match arg.name {
                Some(_) => seen_keyword = true,
                None if seen_keyword => emitter.emit(SyntaxError::custom(
                    Diagnostic::syntax(
                        "positional argument after keyword arguments",
                        arg.value.span,
                    )
                    .with_help("keyword arguments (`name: value`) must come last"),
                )),
                None => {}
            }
        }
        args
    })
}

/// The primary forms of §4.1 that are not block constructs.
fn simple_primary<'s>(expr: impl P<'s, Expr>) -> impl P<'s, Expr> {
    let literal = select! {
        Token::Int(v) => ExprKind::Int(v as i64),
        Token::Float(x) => ExprKind::Float(x),
        Token::True => ExprKind::Bool(true),
        Token::False => ExprKind::Bool(false),
        Token::Nil => ExprKind::Unit,
        Token::Atom(a) => ExprKind::Atom(a),
    };

    let struct_literal = upper_name()
        .then(
            field_init(expr.clone())
                .separated_by(just(Token::Comma).or_not())
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LBrace), just(Token::RBrace)),
        )
        .map(|(name, fields)| ExprKind::StructLit { name, fields });

    let receiver = just(Token::SelfKw)
        .map_with(|_, e| e.span())
        .then(just(Token::LParen).then(just(Token::RParen)).or_not())
        .map(|(span, call)| match call {
            Some(_) => ExprKind::SelfPid,
            None => ExprKind::Ident(Name {
                text: "self".to_owned(),
                span,
            }),
        });

    let parens = list(expr.clone(), Token::LParen, Token::RParen).map_with(|mut items, e| {
        match items.len() {
            0 => expr_at(ExprKind::Unit, e.span()),
            1 => Expr {
                span: e.span(),
                ..items.pop().unwrap()
            },
            _ => expr_at(ExprKind::Tuple(items), e.span()),
        }
    });

    let spawn = just(Token::Spawn)
        .ignore_then(
            expr.clone()
                .separated_by(just(Token::Comma))
                .allow_trailing()
                .at_least(1)
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .map(|mut args| {
            let callee = args.remove(0);
            ExprKind::Spawn {
                callee: Box::new(callee),
                args,
            }
        });
    let send = just(Token::Send)
        .ignore_then(
            expr.clone()
                .then_ignore(just(Token::Comma))
                .then(expr.clone())
                .then_ignore(just(Token::Comma).or_not())
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .map(|(target, message)| ExprKind::Send {
            target: Box::new(target),
            message: Box::new(message),
        });
    let link = just(Token::Link)
        .ignore_then(
            expr.clone()
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .map(|pid| ExprKind::Link(Box::new(pid)));

    let kinds = choice((
        literal,
        string(expr.clone()),
        struct_literal,
        name().map(ExprKind::Ident),
        receiver,
        list(expr.clone(), Token::LBracket, Token::RBracket).map(ExprKind::List),
        percent_brace(expr),
        just(Token::Break).to(ExprKind::Break),
        just(Token::Continue).to(ExprKind::Continue),
        spawn,
        send,
        link,
    ))
    .map_with(|kind, e| expr_at(kind, e.span()));
    choice((kinds, parens))
}

/// A member name after `.`: an identifier or any keyword.
pub(super) fn member<'s>() -> impl P<'s, Name> {
    select! {
        Token::Ident(text) = e => Name { text, span: e.span() },
        token = e if token.keyword_text().is_some() => Name {
            text: token.keyword_text().unwrap_or_default().to_owned(),
            span: e.span(),
        },
    }
    .labelled("member name")
}

#[derive(Clone)]
enum Postfix {
    Call(Vec<Arg>),
    Field(Name),
    Try,
    Index(Expr),
}

fn postfix<'s>(primary: impl P<'s, Expr>, expr: impl P<'s, Expr>) -> impl P<'s, Expr> {
    let op = choice((
        call_args(expr.clone()).map(Postfix::Call),
        just(Token::Dot).ignore_then(member()).map(Postfix::Field),
        just(Token::Question).to(Postfix::Try),
        expr.delimited_by(just(Token::LBracket), just(Token::RBracket))
            .map(Postfix::Index),
    ))
    .map_with(|op, e| (op, e.span()))
    .labelled(OPERATOR);
    primary.foldl_with(op.repeated(), |base, (op, op_span), _| {
        let span = base.span.to(op_span);
        let base = Box::new(base);
        let kind = match op {
            Postfix::Call(args) => ExprKind::Call { callee: base, args },
            Postfix::Field(name) => ExprKind::Field { base, name },
            Postfix::Try => ExprKind::Try(base),
            Postfix::Index(index) => ExprKind::Index {
                base,
                index: Box::new(index),
            },
        };
        expr_at(kind, span)
    })
}

fn unary<'s>(postfix: impl P<'s, Expr>) -> impl P<'s, Expr> {
    let op = select! {
        Token::Minus => UnOp::Neg,
        Token::Bang => UnOp::Not,
        Token::Not => UnOp::Not,
    }
    .map_with(|op, e| (op, e.span()));
    op.repeated()
        .foldr_with(postfix, |(op, op_span), operand, _| {
            let span = op_span.to(operand.span);
            match (op, operand.kind) {
                (UnOp::Neg, ExprKind::Int(v)) => expr_at(ExprKind::Int(v.wrapping_neg()), span),
                (UnOp::Neg, ExprKind::Float(x)) => expr_at(ExprKind::Float(-x), span),
                (op, kind) => expr_at(
                    ExprKind::Unary {
                        op,
                        operand: Box::new(Expr {
                            kind,
                            span: operand.span,
                        }),
                    },
                    span,
                ),
            }
        })
}

/// One left-associative binary level.
fn binary<'s>(operand: impl P<'s, Expr>, op: impl P<'s, BinOp>) -> BoxedP<'s, Expr> {
    operand
        .clone()
        .foldl_with(
            op.labelled(OPERATOR).then(operand).repeated(),
            |lhs, (op, rhs), _| {
                let span = lhs.span.to(rhs.span);
                expr_at(
                    ExprKind::Binary {
                        op,
                        lhs: Box::new(lhs),
                        rhs: Box::new(rhs),
                    },
                    span,
                )
            },
        )
        .boxed()
}

/// The whole expression grammar; `g.expr` is the recursive handle to it.
pub(super) fn expression<'s>(g: &Grammar<'s>) -> impl P<'s, Expr> {
    let expr = g.expr.clone();
    let primary = choice((
        control::if_expr(g),
        control::case_expr(g),
        control::receive_expr(g),
        control::closure(g),
        control::for_expr(g),
        control::while_expr(g),
        simple_primary(expr.clone()),
    ))
    .labelled("expression")
    .boxed();

    let unary = unary(postfix(primary, expr).boxed()).boxed();
    let mul = binary(
        unary,
        select! { Token::Star => BinOp::Mul, Token::Slash => BinOp::Div, Token::Percent => BinOp::Rem },
    );
    let add = binary(
        mul,
        select! { Token::Plus => BinOp::Add, Token::Minus => BinOp::Sub },
    );
    let concat = binary(
        add,
        select! { Token::Diamond => BinOp::Concat, Token::PlusPlus => BinOp::Concat },
    );
    let range = binary(concat, select! { Token::DotDot => BinOp::Range });
    let cmp = binary(
        range,
        select! {
            Token::Lt => BinOp::Lt,
            Token::Gt => BinOp::Gt,
            Token::LtEq => BinOp::Le,
            Token::GtEq => BinOp::Ge,
        },
    );
    let eq = binary(
        cmp,
        select! { Token::EqEq => BinOp::Eq, Token::NotEq => BinOp::Ne },
    );
    let and = binary(
        eq,
        select! { Token::And => BinOp::And, Token::AmpAmp => BinOp::And },
    );
    let or = binary(
        and,
        select! { Token::Or => BinOp::Or, Token::PipePipe => BinOp::Or },
    );

    or.clone()
        .foldl_with(
            just(Token::PipeGt)
                .labelled(OPERATOR)
                .ignore_then(or)
                .repeated(),
            |lhs, rhs, _| {
                let span = lhs.span.to(rhs.span);
                expr_at(
                    ExprKind::Pipe {
                        lhs: Box::new(lhs),
                        rhs: Box::new(rhs),
                    },
                    span,
                )
            },
        )
        .labelled("expression")
}
