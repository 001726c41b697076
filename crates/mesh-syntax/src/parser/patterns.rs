//! Patterns (language.md §5.1) and parameters (§3.1.3): which form a
//! parameter takes is decided by its first token, so that a lower-case
//! name is always a plain parameter (`x :: Int` annotates, it is not a
//! cons pattern).

use chumsky::prelude::*;

use super::base::{lower_name, name, upper_name, word, BoxedP, P};
use super::error::SyntaxError;
use crate::ast::{LitPattern, Name, Param, Pattern, PatternKind, TypeExpr};
use crate::diagnostic::Diagnostic;
use crate::token::Token;

/// A literal pattern: numbers (optionally negated), strings without
/// interpolation, `true`, `false`, `nil`.
fn literal<'s>() -> impl P<'s, LitPattern> {
    let number = select! {
        Token::Int(v) => LitPattern::Int(v as i64),
        Token::Float(x) => LitPattern::Float(x),
    };
    let negative = just(Token::Minus).ignore_then(number).map(|lit| match lit {
        LitPattern::Int(v) => LitPattern::Int(v.wrapping_neg()),
        LitPattern::Float(x) => LitPattern::Float(-x),
        other => other,
    });
    let piece = choice((
        select! { Token::StringContent(text) => Some(text) },
        just(Token::InterpStart)
            .then(any().and_is(just(Token::InterpEnd).not()).repeated())
            .then(just(Token::InterpEnd))
            .validate(|_, e, emitter| {
                let span = e.span();
                emitter.emit(SyntaxError::custom(Diagnostic::syntax(
                    "string interpolation is not allowed in a pattern",
                    span,
                )));
                None
            }),
    ));
    let string = just(Token::StringStart)
        .ignore_then(piece.repeated().collect::<Vec<Option<String>>>())
        .then_ignore(just(Token::StringEnd))
        .map(|parts| LitPattern::Str(parts.into_iter().flatten().collect()));
    choice((
        number,
        negative,
        string,
        select! {
            Token::True => LitPattern::Bool(true),
            Token::False => LitPattern::Bool(false),
            Token::Nil => LitPattern::Nil,
        },
    ))
}

/// `Some`, `Some(p, ...)`, `Mode.Busy`, `Mode.Busy(p)`.
fn constructor<'s>(pattern: impl P<'s, Pattern>) -> impl P<'s, PatternKind> {
    let args = pattern
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen));
    upper_name()
        .then(just(Token::Dot).ignore_then(upper_name()).or_not())
        .then(args.or_not())
        .map(|((first, second), args)| {
            let mut path = vec![first];
            path.extend(second);
            PatternKind::Constructor { path, args }
        })
}

/// `(p1, p2, ...)`; `()` is the unit pattern and `(p)` is just `p`.
fn tuple<'s>(pattern: impl P<'s, Pattern>) -> impl P<'s, Pattern> {
    pattern
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map_with(|mut items, e| {
            if items.len() == 1 {
                Pattern {
                    span: e.span(),
                    ..items.pop().unwrap()
                }
            } else {
                Pattern {
                    kind: PatternKind::Tuple(items),
                    span: e.span(),
                }
            }
        })
}

/// `[]` and `[p1, ..., pn]`: a list of exactly that length (an extension
/// language.md §5.2 allows).
fn list<'s>(pattern: impl P<'s, Pattern>) -> impl P<'s, PatternKind> {
    pattern
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LBracket), just(Token::RBracket))
        .map(PatternKind::List)
}

fn wildcard<'s>() -> impl P<'s, PatternKind> {
    select! { Token::Ident(w) if w == "_" => PatternKind::Wildcard }
}

/// A pattern without `|`, `::` or `as` at its top: what may follow `let`,
/// `for` and start a parameter.
fn primary<'s>(pattern: impl P<'s, Pattern>) -> impl P<'s, Pattern> {
    choice((
        wildcard().map_with(|kind, e| Pattern {
            kind,
            span: e.span(),
        }),
        literal().map_with(|lit, e| Pattern {
            kind: PatternKind::Lit(lit),
            span: e.span(),
        }),
        lower_name().map_with(|n, e| Pattern {
            kind: PatternKind::Bind(n),
            span: e.span(),
        }),
        constructor(pattern.clone()).map_with(|kind, e| Pattern {
            kind,
            span: e.span(),
        }),
        list(pattern.clone()).map_with(|kind, e| Pattern {
            kind,
            span: e.span(),
        }),
        tuple(pattern),
    ))
    .labelled("pattern")
}

/// The full pattern grammar and its primary level (for `let` and `for`).
pub(super) struct Patterns<'s> {
    pub pattern: BoxedP<'s, Pattern>,
    pub primary: BoxedP<'s, Pattern>,
}

pub(super) fn patterns<'s>() -> Patterns<'s> {
    let pattern = recursive(|pattern| {
        let or = primary(pattern.clone())
            .separated_by(just(Token::Pipe))
            .at_least(1)
            .collect::<Vec<_>>()
            .map_with(|mut alts, e| {
                if alts.len() == 1 {
                    alts.pop().unwrap()
                } else {
                    Pattern {
                        kind: PatternKind::Or(alts),
                        span: e.span(),
                    }
                }
            });
        let cons = or
            .separated_by(just(Token::ColonColon))
            .at_least(1)
            .collect::<Vec<_>>()
            .map(|mut parts: Vec<Pattern>| {
                let mut tail = parts.pop().unwrap();
                while let Some(head) = parts.pop() {
                    let span = head.span.to(tail.span);
                    tail = Pattern {
                        kind: PatternKind::Cons {
                            head: Box::new(head),
                            tail: Box::new(tail),
                        },
                        span,
                    };
                }
                tail
            });
        cons.then(word("as", "`as`").ignore_then(lower_name()).or_not())
            .map_with(|(pat, alias), e| match alias {
                Some(name) => Pattern {
                    kind: PatternKind::As {
                        pat: Box::new(pat),
                        name,
                    },
                    span: e.span(),
                },
                None => pat,
            })
    })
    .boxed();
    let primary = primary(pattern.clone()).boxed();
    Patterns { pattern, primary }
}

/// A parameter of a function, closure, actor or handler: `self`, a
/// lower-case name, or a pattern (§3.1.3), each optionally `:: T`.
/// A pattern parameter is a primary pattern, so that `|` can separate
/// closure clauses.
pub(super) fn param<'s>(
    primary: impl P<'s, Pattern>,
    ty: impl P<'s, TypeExpr>,
) -> impl P<'s, Param> {
    let receiver = just(Token::SelfKw).map_with(|_, e| Pattern {
        kind: PatternKind::Bind(Name {
            text: "self".to_owned(),
            span: e.span(),
        }),
        span: e.span(),
    });
    choice((receiver, primary))
        .then(just(Token::ColonColon).ignore_then(ty).or_not())
        .map_with(|(pat, ty), e| Param {
            pat,
            ty,
            span: e.span(),
        })
        .labelled("parameter")
}

/// `name :: T` (every parameter of an `extern fn`).
pub(super) fn typed_param<'s>(ty: impl P<'s, TypeExpr>) -> impl P<'s, Param> {
    name()
        .then_ignore(just(Token::ColonColon))
        .then(ty)
        .map_with(|(n, ty), e| Param {
            pat: Pattern {
                span: n.span,
                kind: PatternKind::Bind(n),
            },
            ty: Some(ty),
            span: e.span(),
        })
}
