//! The raw tokens of ordinary code (outside string literals), as a logos
//! state machine. The driver (`mod.rs`) turns them into `Token`s: number
//! values, keywords, brace depth inside interpolations and comment nesting
//! need state or checks that a single regex cannot express.

use logos::Logos;

use crate::token::Token;

/// One match of the code-mode lexer. Longest match decides between
/// overlapping rules (`<>` beats `<`, `::` beats `:`, `#=` beats `#`,
/// `1.5` beats `1`, and `1.` falls back to `1` when no digit follows).
/// An input that matches nothing is an `Err(())`: an unexpected character.
#[derive(Logos, Debug, PartialEq)]
#[logos(skip r"[ \t]+")]
pub(super) enum CodeToken {
    /// A token that needs no further work.
    #[regex(r"\n|\r\n?", |_| Token::Newline)]
    #[regex(r"[\p{Alphabetic}_][\p{Alphabetic}\p{N}_]*", |lex| word(lex.slice()))]
    #[regex(r":[a-z_][\p{Alphabetic}\p{N}_]*", |lex| Token::Atom(lex.slice()[1..].to_owned()))]
    #[token("+", |_| Token::Plus)]
    #[token("-", |_| Token::Minus)]
    #[token("*", |_| Token::Star)]
    #[token("/", |_| Token::Slash)]
    #[token("%", |_| Token::Percent)]
    #[token("==", |_| Token::EqEq)]
    #[token("!=", |_| Token::NotEq)]
    #[token("<", |_| Token::Lt)]
    #[token(">", |_| Token::Gt)]
    #[token("<=", |_| Token::LtEq)]
    #[token(">=", |_| Token::GtEq)]
    #[token("&&", |_| Token::AmpAmp)]
    #[token("||", |_| Token::PipePipe)]
    #[token("!", |_| Token::Bang)]
    #[token("|>", |_| Token::PipeGt)]
    #[token("<>", |_| Token::Diamond)]
    #[token("++", |_| Token::PlusPlus)]
    #[token("..", |_| Token::DotDot)]
    #[token("?", |_| Token::Question)]
    #[token("=", |_| Token::Eq)]
    #[token("->", |_| Token::Arrow)]
    #[token("=>", |_| Token::FatArrow)]
    #[token("::", |_| Token::ColonColon)]
    #[token(":", |_| Token::Colon)]
    #[token("|", |_| Token::Pipe)]
    #[token("%{", |_| Token::PercentBrace)]
    #[token("(", |_| Token::LParen)]
    #[token(")", |_| Token::RParen)]
    #[token("[", |_| Token::LBracket)]
    #[token("]", |_| Token::RBracket)]
    #[token("{", |_| Token::LBrace)]
    #[token("}", |_| Token::RBrace)]
    #[token(",", |_| Token::Comma)]
    #[token(".", |_| Token::Dot)]
    #[token(";", |_| Token::Semi)]
    Plain(Token),

    /// `# ...`, `## ...` and `##! ...` up to (not including) the line
    /// terminator. A `#` directly followed by `=` opens a block comment.
    #[regex(r"#([^=\r\n][^\r\n]*)?", logos::skip)]
    LineComment,

    /// `#=`: the driver skips the (nested) block comment.
    #[token("#=")]
    BlockCommentOpen,

    /// An integer literal and its radix; the driver computes the value.
    #[regex(r"[0-9][0-9_]*", |_| 10)]
    #[regex(r"0[xX][0-9a-fA-F][0-9a-fA-F_]*", |_| 16)]
    #[regex(r"0[bB][01][01_]*", |_| 2)]
    #[regex(r"0[oO][0-7][0-7_]*", |_| 8)]
    Int(u32),

    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*")]
    Float,

    /// `"` opening an ordinary string.
    #[token("\"")]
    Quote,

    /// `"""` opening a triple-quoted string.
    #[token("\"\"\"")]
    TripleQuote,
}

/// A keyword token, or an identifier.
fn word(text: &str) -> Token {
    Token::keyword(text).unwrap_or_else(|| Token::Ident(text.to_owned()))
}
