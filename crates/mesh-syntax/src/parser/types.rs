//! Type expressions (language.md §6.1): `()`, tuples, grouping,
//! `Fun(A) -> R`, named types with arguments and dotted paths, and the
//! suffixes `T?` (`Option<T>`) and `T!E` (`Result<T, E>`, with a full type
//! on the right).

use chumsky::prelude::*;

use super::base::{name, word, BoxedP};
use super::error::OPERATOR;
use crate::ast::{Name, TypeExpr, TypeExprKind};
use crate::span::Span;
use crate::token::Token;

fn sugar(path: &str, span: Span, args: Vec<TypeExpr>, whole: Span) -> TypeExpr {
    TypeExpr {
        kind: TypeExprKind::Named {
            path: vec![Name {
                text: path.to_owned(),
                span,
            }],
            args,
        },
        span: whole,
    }
}

pub(super) fn type_expr<'s>() -> BoxedP<'s, TypeExpr> {
    recursive(|ty| {
        let list = ty
            .clone()
            .separated_by(just(Token::Comma))
            .allow_trailing()
            .collect::<Vec<_>>();

        let fun = word("Fun", "`Fun`")
            .ignore_then(
                list.clone()
                    .delimited_by(just(Token::LParen), just(Token::RParen)),
            )
            .then_ignore(just(Token::Arrow))
            .then(ty.clone())
            .map(|(params, ret)| TypeExprKind::Fun {
                params,
                ret: Box::new(ret),
            });

        let paren = list
            .clone()
            .delimited_by(just(Token::LParen), just(Token::RParen))
            .map_with(|mut items, e| match items.len() {
                0 => TypeExpr {
                    kind: TypeExprKind::Unit,
                    span: e.span(),
                },
                1 => TypeExpr {
                    span: e.span(),
                    ..items.pop().unwrap()
                },
                _ => TypeExpr {
                    kind: TypeExprKind::Tuple(items),
                    span: e.span(),
                },
            });

        // Continuations of a complete type are labelled like operators, so
        // that messages leave them out when something else was expected.
        let named = name()
            .separated_by(just(Token::Dot).labelled(OPERATOR))
            .at_least(1)
            .collect::<Vec<_>>()
            .then(
                list.delimited_by(just(Token::Lt).labelled(OPERATOR), just(Token::Gt))
                    .or_not(),
            )
            .map(|(path, args)| TypeExprKind::Named {
                path,
                args: args.unwrap_or_default(),
            });

        let base = choice((
            fun.map_with(|kind, e| TypeExpr {
                kind,
                span: e.span(),
            }),
            paren,
            named.map_with(|kind, e| TypeExpr {
                kind,
                span: e.span(),
            }),
        ));

        enum Suffix {
            Option(Span),
            Result(Span, TypeExpr),
        }
        let suffix = choice((
            just(Token::Question).map_with(|_, e| Suffix::Option(e.span())),
            just(Token::Bang)
                .map_with(|_, e| e.span())
                .then(ty)
                .map(|(bang, err)| Suffix::Result(bang, err)),
        ))
        .labelled(OPERATOR);

        base.then(suffix.or_not())
            .map_with(|(base, suffix), e| match suffix {
                None => base,
                Some(Suffix::Option(at)) => sugar("Option", at, vec![base], e.span()),
                Some(Suffix::Result(at, err)) => sugar("Result", at, vec![base, err], e.span()),
            })
            .labelled("type")
    })
    .boxed()
}
