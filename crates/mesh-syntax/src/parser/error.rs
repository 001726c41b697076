//! The parser's error type and its conversion to `Diagnostic`s.
//!
//! chumsky builds "expected ..., found ..." errors from the tokens and labels
//! it tried at the furthest position; errors that need their own wording, a
//! code other than P0001 or extra labels are `Custom` diagnostics emitted by
//! the grammar itself.

use chumsky::error::{Error, LabelError};
use chumsky::util::MaybeRef;
use chumsky::DefaultExpected;

use super::base::Tokens;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::token::Token;

/// Something the parser would have accepted.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Expected {
    Token(Token),
    /// A named category: "expression", "pattern", "type", ...
    Label(String),
    EndOfInput,
}

/// The label that operator continuations carry; it is left out of a
/// message when anything else was expected too.
pub(super) const OPERATOR: &str = "operator";

#[derive(Clone, Debug, PartialEq)]
pub(super) enum SyntaxError {
    Unexpected {
        span: Span,
        expected: Vec<Expected>,
        found: Option<Token>,
    },
    Custom(Box<Diagnostic>),
}

impl SyntaxError {
    pub fn custom(diagnostic: Diagnostic) -> SyntaxError {
        SyntaxError::Custom(Box::new(diagnostic))
    }

    /// The diagnostic for this error; `tokens` are the parser's tokens, used
    /// to recognise the atom hazard (`name:value`).
    pub fn into_diagnostic(self, tokens: &[(Token, Span)]) -> Diagnostic {
        match self {
            SyntaxError::Custom(diagnostic) => *diagnostic,
            SyntaxError::Unexpected {
                span,
                expected,
                found,
            } => {
                let found_text = match &found {
                    Some(token) => token.to_string(),
                    None => "end of file".to_owned(),
                };
                let message = match describe(&expected) {
                    Some(list) => format!("expected {list}, found {found_text}"),
                    None => format!("unexpected {found_text}"),
                };
                let mut diagnostic = Diagnostic::syntax(message, span);
                if found.as_ref().is_some_and(is_binary_operator) && starts_line(tokens, span) {
                    diagnostic = diagnostic.with_help(
                        "only `|>` can continue an expression on a new line; wrap a multi-line expression in parentheses",
                    );
                }
                if let Some(Token::Atom(atom)) = &found {
                    if follows_name_directly(tokens, span) {
                        diagnostic = diagnostic.with_help(format!(
                            "`:{atom}` is read as an atom; write a space after the colon (`name: {atom}`)"
                        ));
                    }
                }
                diagnostic
            }
        }
    }
}

fn is_binary_operator(token: &Token) -> bool {
    matches!(
        token,
        Token::Plus
            | Token::Star
            | Token::Slash
            | Token::Percent
            | Token::EqEq
            | Token::NotEq
            | Token::Lt
            | Token::Gt
            | Token::LtEq
            | Token::GtEq
            | Token::And
            | Token::Or
            | Token::AmpAmp
            | Token::PipePipe
            | Token::Diamond
            | Token::PlusPlus
            | Token::DotDot
    )
}

fn index_of(tokens: &[(Token, Span)], span: Span) -> Option<usize> {
    tokens.iter().position(|(_, s)| *s == span)
}

/// Whether the token at `span` is the first of its line.
fn starts_line(tokens: &[(Token, Span)], span: Span) -> bool {
    index_of(tokens, span).is_some_and(|i| i > 0 && tokens[i - 1].0 == Token::Newline)
}

/// Whether the token at `span` starts exactly where an identifier ends.
fn follows_name_directly(tokens: &[(Token, Span)], span: Span) -> bool {
    let Some(index) = index_of(tokens, span) else {
        return false;
    };
    index > 0
        && matches!(tokens[index - 1].0, Token::Ident(_))
        && tokens[index - 1].1.end == span.start
}

/// "`a`", "`a` or `b`", "`a`, `b` or `c`"; `None` when nothing is known.
fn describe(expected: &[Expected]) -> Option<String> {
    let mut items: Vec<String> = Vec::new();
    let only_operators = expected
        .iter()
        .all(|e| *e == Expected::Label(OPERATOR.to_owned()));
    // Separators are implied when a statement or declaration was expected.
    let has_category = expected
        .iter()
        .any(|e| matches!(e, Expected::Label(l) if l != OPERATOR));
    for item in expected {
        let text = match item {
            Expected::Token(Token::Newline | Token::Semi) if has_category => continue,
            Expected::Token(token) => token.to_string(),
            Expected::Label(label) if label == OPERATOR && !only_operators => continue,
            Expected::Label(label) => label.clone(),
            Expected::EndOfInput => "end of file".to_owned(),
        };
        if !items.contains(&text) {
            items.push(text);
        }
    }
    match items.len() {
        0 => None,
        1 => Some(items.remove(0)),
        n => Some(format!("{} or {}", items[..n - 1].join(", "), items[n - 1])),
    }
}

fn found_token(found: Option<MaybeRef<'_, Token>>) -> Option<Token> {
    found.map(|t| (*t).clone())
}

fn add_expected(list: &mut Vec<Expected>, item: Expected) {
    if !list.contains(&item) {
        list.push(item);
    }
}

impl<'s> Error<'s, Tokens<'s>> for SyntaxError {
    fn merge(self, other: Self) -> Self {
        match (self, other) {
            (
                SyntaxError::Unexpected {
                    span,
                    mut expected,
                    found,
                },
                SyntaxError::Unexpected {
                    expected: more,
                    found: other_found,
                    ..
                },
            ) => {
                for item in more {
                    add_expected(&mut expected, item);
                }
                SyntaxError::Unexpected {
                    span,
                    expected,
                    found: found.or(other_found),
                }
            }
            (custom @ SyntaxError::Custom(_), _) => custom,
            (_, custom) => custom,
        }
    }
}

impl<'s> LabelError<'s, Tokens<'s>, DefaultExpected<'s, Token>> for SyntaxError {
    fn expected_found<E: IntoIterator<Item = DefaultExpected<'s, Token>>>(
        expected: E,
        found: Option<MaybeRef<'s, Token>>,
        span: Span,
    ) -> Self {
        let mut list = Vec::new();
        for item in expected {
            match item {
                DefaultExpected::Token(token) => {
                    add_expected(&mut list, Expected::Token((*token).clone()))
                }
                DefaultExpected::EndOfInput => add_expected(&mut list, Expected::EndOfInput),
                _ => {}
            }
        }
        SyntaxError::Unexpected {
            span,
            expected: list,
            found: found_token(found),
        }
    }
}

impl<'s> LabelError<'s, Tokens<'s>, &'static str> for SyntaxError {
    fn expected_found<E: IntoIterator<Item = &'static str>>(
        expected: E,
        found: Option<MaybeRef<'s, Token>>,
        span: Span,
    ) -> Self {
        let expected = expected
            .into_iter()
            .map(|l| Expected::Label(l.to_owned()))
            .collect();
        SyntaxError::Unexpected {
            span,
            expected,
            found: found_token(found),
        }
    }

    fn label_with(&mut self, label: &'static str) {
        if let SyntaxError::Unexpected { expected, .. } = self {
            *expected = vec![Expected::Label(label.to_owned())];
        }
    }
}
