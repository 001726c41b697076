//! Shared parser plumbing: the token input type, names and contextual
//! words, statement separators, the `end` that closes a block, and the
//! error-recovery skippers (which use the nesting depths computed by
//! `layout`).

use chumsky::extra;
use chumsky::input::{InputRef, MappedInput};
use chumsky::inspector::SimpleState;
use chumsky::prelude::*;

use super::error::{Expected, SyntaxError};
use crate::ast::Name;
use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Span};
use crate::token::Token;

/// The parser's input: the arranged tokens, each with its span.
pub(super) type Tokens<'s> = MappedInput<'s, Token, Span, &'s [(Token, Span)]>;

/// What custom parsers can see besides the input: all tokens and their depths.
#[derive(Clone, Copy)]
pub(super) struct Ctx<'s> {
    pub tokens: &'s [(Token, Span)],
    pub depths: &'s [u32],
    /// The empty span at the end of the file.
    pub eoi: Span,
}

pub(super) type Extra<'s> = extra::Full<SyntaxError, SimpleState<Ctx<'s>>, ()>;

type Input<'s, 'p> = InputRef<'s, 'p, Tokens<'s>, Extra<'s>>;

/// Every parser of the grammar.
pub(super) trait P<'s, O>: Parser<'s, Tokens<'s>, O, Extra<'s>> + Clone + 's {}
impl<'s, O, T: Parser<'s, Tokens<'s>, O, Extra<'s>> + Clone + 's> P<'s, O> for T {}

pub(super) type BoxedP<'s, O> = Boxed<'s, 's, Tokens<'s>, O, Extra<'s>>;

impl chumsky::span::Span for Span {
    type Context = FileId;
    type Offset = u32;

    fn new(file: FileId, range: std::ops::Range<u32>) -> Span {
        Span {
            file,
            start: range.start,
            end: range.end.max(range.start),
        }
    }

    fn context(&self) -> FileId {
        self.file
    }

    fn start(&self) -> u32 {
        self.start
    }

    fn end(&self) -> u32 {
        self.end
    }
}

/// Splits an input pair into token and span (the mapping `Tokens` uses).
pub(super) fn split(pair: &(Token, Span)) -> (&Token, &Span) {
    (&pair.0, &pair.1)
}

// ---------------------------------------------------------------- names

pub(super) fn starts_upper(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// Any identifier.
pub(super) fn name<'s>() -> impl P<'s, Name> {
    select! { Token::Ident(text) = e => Name { text, span: e.span() } }.labelled("identifier")
}

/// An identifier starting with an upper-case letter.
pub(super) fn upper_name<'s>() -> impl P<'s, Name> {
    select! { Token::Ident(text) = e if starts_upper(&text) => Name { text, span: e.span() } }
        .labelled("upper-case name")
}

/// An identifier not starting with an upper-case letter (`_` included).
pub(super) fn lower_name<'s>() -> impl P<'s, Name> {
    select! { Token::Ident(text) = e if !starts_upper(&text) => Name { text, span: e.span() } }
        .labelled("lower-case name")
}

/// A contextual word (`from`, `deriving`, `table`, ...): an identifier with
/// this exact text. `label` is how messages name it (with backquotes).
pub(super) fn word<'s>(text: &'static str, label: &'static str) -> impl P<'s, Span> {
    select! { Token::Ident(w) = e if w == text => e.span() }.labelled(label)
}

/// `A.B.C`
pub(super) fn path<'s>() -> impl P<'s, Vec<Name>> {
    name().separated_by(just(Token::Dot)).at_least(1).collect()
}

/// A string literal without interpolation, as its text.
pub(super) fn plain_string<'s>() -> impl P<'s, (String, Span)> {
    let content = select! { Token::StringContent(text) => text };
    just(Token::StringStart)
        .ignore_then(content.repeated().collect::<Vec<String>>())
        .then_ignore(just(Token::StringEnd))
        .map_with(|parts, e| (parts.concat(), e.span()))
        .labelled("string")
}

/// A span-carrying keyword.
pub(super) fn kw<'s>(token: Token) -> impl P<'s, Span> {
    just(token).map_with(|_, e| e.span())
}

// ---------------------------------------------------------------- separators

pub(super) fn is_sep(token: &Token) -> bool {
    matches!(token, Token::Newline | Token::Semi)
}

/// Zero or more newlines / `;`.
pub(super) fn seps<'s>() -> impl P<'s, ()> {
    one_of([Token::Newline, Token::Semi]).repeated().ignored()
}

fn ctx<'s>(inp: &mut Input<'s, '_>) -> Ctx<'s> {
    inp.state().0
}

/// Index of the next token.
fn position(inp: &mut Input<'_, '_>) -> usize {
    inp.cursor().inner().0
}

fn token_at<'s>(ctx: Ctx<'s>, index: usize) -> (Option<&'s Token>, Span) {
    match ctx.tokens.get(index) {
        Some((token, span)) => (Some(token), *span),
        None => (None, ctx.eoi),
    }
}

/// The failure of a recovery parser that does not apply here; it adds
/// nothing to the messages (the error being recovered from is reported).
fn no_match(ctx: Ctx<'_>, index: usize) -> SyntaxError {
    let (found, span) = token_at(ctx, index);
    SyntaxError::Unexpected {
        span,
        expected: Vec::new(),
        found: found.cloned(),
    }
}

/// Tokens that only ever start a top-level declaration.
fn starts_declaration_only(token: &Token) -> bool {
    matches!(
        token,
        Token::Struct
            | Token::Impl
            | Token::Interface
            | Token::Service
            | Token::Supervisor
            | Token::Actor
            | Token::Import
            | Token::Pub
            | Token::Module
    )
}

/// Skips to the end of the current line: stops before a separator, `end`
/// or `else` at `depth` (nested constructs are skipped whole), before a
/// token outside `depth`, or at end of file.
fn skip_rest_of_line(inp: &mut Input<'_, '_>, depth: u32) {
    let ctx = ctx(inp);
    loop {
        let index = position(inp);
        let Some((token, _)) = ctx.tokens.get(index) else {
            break;
        };
        let here = ctx.depths[index];
        if here < depth
            || (here == depth && (is_sep(token) || matches!(token, Token::End | Token::Else)))
        {
            break;
        }
        inp.skip();
    }
}

/// What follows a statement (or a member of a declaration body): one or
/// more separators (`extra_sep` counts as one too), or the end of the
/// enclosing construct. Anything else fails, so that the statement is
/// reported (with the furthest error found inside it) and skipped.
pub(super) fn terminator<'s>(extra_sep: Option<Token>) -> impl P<'s, ()> {
    custom(move |inp: &mut Input<'s, '_>| {
        let ctx = ctx(inp);
        let start = position(inp);
        let mut index = start;
        while let Some((token, _)) = ctx.tokens.get(index) {
            if is_sep(token) || Some(token) == extra_sep.as_ref() {
                inp.skip();
                index += 1;
            } else {
                break;
            }
        }
        if index > start || (start > 0 && is_sep(&ctx.tokens[start - 1].0)) {
            return Ok(());
        }
        match ctx.tokens.get(start) {
            None | Some((Token::End | Token::Else | Token::After, _)) => Ok(()),
            Some((Token::Eq, span)) => Err(SyntaxError::custom(
                Diagnostic::syntax("expected newline or `;`, found `=`", *span).with_help(
                    "there is no assignment; introduce a new binding with `let name = value`",
                ),
            )),
            Some((token, span)) => {
                let mut expected = vec![Expected::Token(Token::Newline)];
                expected.extend(extra_sep.clone().map(Expected::Token));
                expected.push(Expected::Token(Token::Semi));
                Err(SyntaxError::Unexpected {
                    span: *span,
                    expected,
                    found: Some(token.clone()),
                })
            }
        }
    })
}

// ---------------------------------------------------------------- recovery

/// Recovery for a statement, arm or body member that failed to parse: skips
/// the rest of its line (see `skip_rest_of_line`). Fails without consuming
/// at the end of the enclosing construct and before a top-level-only
/// keyword at the start of a line (a missing `end` is then reported by the
/// enclosing block, and the declaration is parsed at the top level).
pub(super) fn skip_line<'s>() -> impl P<'s, Span> {
    custom(move |inp: &mut Input<'s, '_>| {
        let ctx = ctx(inp);
        let before = inp.cursor();
        let start = position(inp);
        let line_start = start == 0 || is_sep(&ctx.tokens[start - 1].0);
        match ctx.tokens.get(start) {
            None => return Err(no_match(ctx, start)),
            Some((Token::End | Token::Else | Token::After, _)) => return Err(no_match(ctx, start)),
            Some((token, _)) if line_start && starts_declaration_only(token) => {
                return Err(no_match(ctx, start))
            }
            Some(_) => {}
        }
        inp.skip();
        skip_rest_of_line(inp, ctx.depths[start]);
        Ok(inp.span_since(&before))
    })
}

/// Recovery for a top-level item that failed to parse: skips at least one
/// token, then up to a newline that is back at the item's depth or that
/// is followed by a top-level-only keyword.
pub(super) fn skip_item<'s>() -> impl P<'s, Span> {
    custom(move |inp: &mut Input<'s, '_>| {
        let ctx = ctx(inp);
        let before = inp.cursor();
        let start = position(inp);
        if start >= ctx.tokens.len() {
            return Err(no_match(ctx, start));
        }
        let depth = ctx.depths[start];
        inp.skip();
        loop {
            let index = position(inp);
            let Some((token, _)) = ctx.tokens.get(index) else {
                break;
            };
            if is_sep(token) {
                let next_is_declaration = ctx
                    .tokens
                    .get(index + 1)
                    .is_some_and(|(t, _)| starts_declaration_only(t) || *t == Token::Type);
                if ctx.depths[index] <= depth || next_is_declaration {
                    break;
                }
            }
            inp.skip();
        }
        Ok(inp.span_since(&before))
    })
}

/// A `do` that follows an expression outside a construct head: skips the
/// whole `do ... end` and returns the span of the `do`.
pub(super) fn stray_do_block<'s>() -> impl P<'s, Span> {
    custom(move |inp: &mut Input<'s, '_>| {
        let ctx = ctx(inp);
        let start = position(inp);
        match ctx.tokens.get(start) {
            Some((Token::Do, span)) => {
                let depth = ctx.depths[start];
                inp.skip();
                while ctx.depths.get(position(inp)).is_some_and(|&d| d > depth) {
                    inp.skip();
                }
                Ok(*span)
            }
            _ => Err(no_match(ctx, start)),
        }
    })
}

// ---------------------------------------------------------------- closing `end`

/// How a construct that needs an `end` was closed.
#[derive(Clone, Debug)]
pub(super) enum Close {
    End,
    /// No `end`: the token found instead (`None` at end of file) and its span.
    Missing(Option<Token>, Span),
}

/// An `end` if there is one; never fails, never consumes anything else.
pub(super) fn closing<'s>() -> impl P<'s, Close> {
    custom(move |inp: &mut Input<'s, '_>| {
        let ctx = ctx(inp);
        let index = position(inp);
        match token_at(ctx, index) {
            (Some(Token::End), _) => {
                inp.skip();
                Ok(Close::End)
            }
            (found, span) => Ok(Close::Missing(found.cloned(), span)),
        }
    })
}

/// What an `end` closes, for the missing-`end` message.
#[derive(Clone, Copy)]
pub(super) enum Opener {
    /// A `do` block.
    Do,
    /// An arrow closure (`fn x -> e end`), opened by `fn`.
    Closure,
}

/// The "expected `end`" diagnostic, with a label on the opener.
pub(super) fn missing_end(opener: Opener, opened: Span, close: &Close) -> Option<SyntaxError> {
    let Close::Missing(found, span) = close else {
        return None;
    };
    let found = match found {
        Some(token) => token.to_string(),
        None => "end of file".to_owned(),
    };
    let (message, label) = match opener {
        Opener::Do => (
            "expected `end` to close `do` block",
            "`do` block started here",
        ),
        Opener::Closure => ("expected `end` to close closure", "closure started here"),
    };
    Some(SyntaxError::custom(
        Diagnostic::syntax(message, *span)
            .with_primary_label(format!("found {found}"))
            .with_label(opened, label),
    ))
}
