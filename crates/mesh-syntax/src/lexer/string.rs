//! The raw pieces of a string literal's body, as a logos state machine, and
//! the escape table of language.md §1.7.4.

use logos::Logos;

/// One match inside a string body. Every input matches some rule, so the
/// string lexer never fails.
#[derive(Logos, Debug, PartialEq)]
pub(super) enum StringToken {
    /// Literal text, newlines included.
    #[regex(r#"[^"\\$]+"#)]
    Text,

    /// A backslash and the character after it (absent at end of file).
    #[regex(r"\\(.|\n)?")]
    Escape,

    /// `${`: an interpolation starts.
    #[token("${")]
    InterpOpen,

    /// A `$` that does not start an interpolation is literal text.
    #[token("$")]
    Dollar,

    /// A run of double quotes. The driver decides how many of them close
    /// the string: the first one in an ordinary string; in a triple-quoted
    /// string a run shorter than three is text and a longer run ends the
    /// string with its last three quotes.
    #[regex("\"+")]
    Quotes,
}

/// The character an escape stands for, given the character after the
/// backslash: `\n` `\t` `\r` `\0` map to control characters, any other
/// character (including `\`, `"` and `$`) stands for itself.
pub(super) fn unescape(escaped: char) -> char {
    match escaped {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '0' => '\0',
        other => other,
    }
}
