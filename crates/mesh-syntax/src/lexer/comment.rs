//! The raw pieces of a block comment body (`#= ... =#`, which nests), as a
//! logos state machine. Everything else inside the comment is ignored,
//! line terminators included.

use logos::Logos;

#[derive(Logos, Debug, PartialEq)]
pub(super) enum CommentToken {
    /// A nested `#=`.
    #[token("#=")]
    Open,

    /// `=#`, closing the innermost open comment.
    #[token("=#")]
    Close,

    /// Anything else.
    #[regex(r"[^#=]+|#|=")]
    Other,
}
