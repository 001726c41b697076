//! Named functions (language.md §3.1): `fn`/`def`, generic parameters,
//! an optional parameter list, `-> T`, `where` bounds, a `when` guard, and
//! a `= expr` or `do ... end` body. Also the pieces other declarations
//! share: generic parameter lists, parameter lists and `where` clauses.

use chumsky::prelude::*;

use super::base::{name, path, P};
use crate::ast::{Block, Bound, Expr, FnBody, FnDef, Name, Param, TypeExpr};
use crate::token::Token;

/// `<T, U>`
pub(super) fn generics<'s>() -> impl P<'s, Vec<Name>> {
    name()
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::Lt), just(Token::Gt))
}

/// `(p, q :: T, ...)`
pub(super) fn params<'s>(param: impl P<'s, Param>) -> impl P<'s, Vec<Param>> {
    param
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
}

/// `where T: Display, U: Mod.Iface`
pub(super) fn where_clause<'s>() -> impl P<'s, Vec<Bound>> {
    let bound = name()
        .then_ignore(just(Token::Colon))
        .then(path())
        .map_with(|(var, interface), e| Bound {
            var,
            interface,
            span: e.span(),
        });
    just(Token::Where).ignore_then(
        bound
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    )
}

/// A named function; `is_pub` is set by the caller. The guard is a head
/// expression (`expr`); an `=` body is a statement-level one (`expr_stmt`).
pub(super) fn fn_def<'s>(
    expr: impl P<'s, Expr>,
    expr_stmt: impl P<'s, Expr>,
    do_block: impl P<'s, Block>,
    param: impl P<'s, Param>,
    ty: impl P<'s, TypeExpr>,
) -> impl P<'s, FnDef> {
    let body = choice((
        just(Token::Eq).ignore_then(expr_stmt).map(FnBody::Expr),
        do_block.map(FnBody::Block),
    ));
    one_of([Token::Fn, Token::Def])
        .ignore_then(name())
        .then(generics().or_not())
        .then(params(param).or_not())
        .then(just(Token::Arrow).ignore_then(ty).or_not())
        .then(where_clause().or_not())
        .then(just(Token::When).ignore_then(expr).or_not())
        .then(body)
        .map_with(
            |((((((name, generics), params), ret), where_clause), guard), body), e| FnDef {
                is_pub: false,
                name,
                generics: generics.unwrap_or_default(),
                params,
                ret,
                where_clause: where_clause.unwrap_or_default(),
                guard,
                body,
                span: e.span(),
            },
        )
}
