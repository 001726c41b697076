//! The parser: tokens to `ast::SourceFileAst` (the whole grammar of
//! language.md, Appendix A), written with chumsky over the token slice.
//!
//! Newlines (§1.9) are handled by a pre-pass, `layout`: it walks the
//! tokens with a stack of enclosing brackets, `do` blocks and closures,
//! drops the newlines that are insignificant (inside brackets and `${}`,
//! before a continuing `|>`, after `->`), collapses the others into one
//! `Newline` token each, and records every token's nesting depth. The
//! grammar then treats `Newline` like `;`, as a separator, and never has
//! to know where it is; the depths let error recovery skip exactly one
//! broken statement, arm or declaration.
//!
//! Other decisions:
//! * An expression never consumes `do`, so a `do` after the head of `if`,
//!   `case`, `while`, `for` or a `when` guard belongs to the construct; a
//!   `do` block after any other expression is reported (a call followed
//!   by `do` is a trailing closure, `codes::TRAILING_CLOSURE`) and skipped.
//! * At the start of a statement `fn name` is a named function; anywhere
//!   else `fn` starts a closure.
//! * Out-of-range integer literals are found by `layout`, which sees
//!   whether a `-` directly negates the literal; the tree holds the value
//!   wrapped to `i64`.
//! * A construct whose `end` is missing is reported ("expected `end` to
//!   close `do` block", labelled at its `do`) and kept; a declaration-only
//!   keyword at the start of a line ends the unclosed blocks, so the
//!   following declarations still parse.
//! * `(e)` and `(e,)` are `e` itself (with the span of the parentheses);
//!   `(p)` in patterns and `(T)` in types likewise. A `-` before a
//!   parenthesized number literal folds too. A `pub` that cannot apply is
//!   reported and ignored.
//! * Top-level statements are parsed, reported
//!   (`codes::TOP_LEVEL_STATEMENT`) and dropped; a rejected glob import is
//!   dropped (`from M import *` keeps the import with no names).

mod base;
mod control;
mod error;
mod exprs;
mod functions;
mod items;
mod layout;
mod patterns;
mod stmts;
mod types;

use chumsky::inspector::SimpleState;
use chumsky::prelude::*;

use crate::ast::{Block, Expr, FnDef, Param, Pattern, SourceFileAst, TypeExpr};
use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Span};
use crate::token::Token;
use base::{BoxedP, Ctx};

/// The parsers that the grammar's parts share. `expr` may be a recursive
/// handle that is defined only after this is built.
struct Grammar<'s> {
    expr: BoxedP<'s, Expr>,
    /// An expression in statement position (see `stmts::expr_stmt`).
    expr_stmt: BoxedP<'s, Expr>,
    /// `return [e]` or `expr_stmt`.
    return_or_expr: BoxedP<'s, Expr>,
    /// Statements, without `do`/`end`.
    block: BoxedP<'s, Block>,
    /// `do` statements `end`.
    do_block: BoxedP<'s, Block>,
    fn_def: BoxedP<'s, FnDef>,
    pattern: BoxedP<'s, Pattern>,
    /// A pattern without `|`, `::` or `as` at the top.
    primary_pattern: BoxedP<'s, Pattern>,
    param: BoxedP<'s, Param>,
    ty: BoxedP<'s, TypeExpr>,
}

/// Parsers that do not depend on expressions.
#[derive(Clone)]
struct Leaves<'s> {
    pattern: BoxedP<'s, Pattern>,
    primary_pattern: BoxedP<'s, Pattern>,
    param: BoxedP<'s, Param>,
    ty: BoxedP<'s, TypeExpr>,
}

/// Builds the statement-level parsers around `expr`. Recursion goes
/// through `recursive`, whose inner handles are weak, so that the grammar
/// holds no reference cycle and is freed after each parse.
fn around_expr<'s>(expr: BoxedP<'s, Expr>, leaves: Leaves<'s>) -> Grammar<'s> {
    let expr_stmt = stmts::expr_stmt(expr.clone()).boxed();
    let return_or_expr = stmts::return_or_expr(expr_stmt.clone()).boxed();
    let with_block = |block: BoxedP<'s, Block>| {
        let do_block = stmts::do_block(block.clone()).boxed();
        let fn_def = functions::fn_def(
            expr.clone(),
            expr_stmt.clone(),
            do_block.clone(),
            leaves.param.clone(),
            leaves.ty.clone(),
        )
        .boxed();
        Grammar {
            expr: expr.clone(),
            expr_stmt: expr_stmt.clone(),
            return_or_expr: return_or_expr.clone(),
            block,
            do_block,
            fn_def,
            pattern: leaves.pattern.clone(),
            primary_pattern: leaves.primary_pattern.clone(),
            param: leaves.param.clone(),
            ty: leaves.ty.clone(),
        }
    };
    let block = recursive(|block| stmts::block(&with_block(block.boxed()))).boxed();
    with_block(block)
}

fn grammar<'s>() -> Grammar<'s> {
    let ty = types::type_expr();
    let patterns = patterns::patterns();
    let param = patterns::param(patterns.primary.clone(), ty.clone()).boxed();
    let leaves = Leaves {
        pattern: patterns.pattern,
        primary_pattern: patterns.primary,
        param,
        ty,
    };
    let expr = {
        let leaves = leaves.clone();
        recursive(move |expr| exprs::expression(&around_expr(expr.boxed(), leaves.clone()))).boxed()
    };
    around_expr(expr, leaves)
}

/// Parses a file; see `crate::parse_file`.
pub fn parse_file(file: FileId, text: &str) -> (SourceFileAst, Vec<Diagnostic>) {
    let (tokens, mut diagnostics) = crate::lexer::lex(file, text);
    let layout = layout::arrange(tokens);
    diagnostics.extend(layout.diagnostics);
    let eoi = Span::new(file, text.len(), text.len());
    let input = layout
        .tokens
        .as_slice()
        .map(eoi, base::split as fn(&(Token, Span)) -> (&Token, &Span));
    let mut state = SimpleState(Ctx {
        tokens: &layout.tokens,
        depths: &layout.depths,
        eoi,
    });
    let grammar = grammar();
    let (items, errors) = items::source_file(&grammar)
        .parse_with_state(input, &mut state)
        .into_output_errors();
    diagnostics.extend(
        errors
            .into_iter()
            .map(|error| error.into_diagnostic(&layout.tokens)),
    );
    diagnostics.sort_by_key(|d| (d.primary.span.start, d.primary.span.end));
    diagnostics.dedup();
    (
        SourceFileAst {
            items: items.unwrap_or_default(),
            span: Span::new(file, 0, text.len()),
        },
        diagnostics,
    )
}
