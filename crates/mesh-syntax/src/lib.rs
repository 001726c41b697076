//! mesh-syntax: tokens, lexer, parser, AST, spans and the diagnostic type
//! shared by every stage.
//!
//! Invariant: lexing and parsing never fail and never panic. They always
//! return a token list / tree together with a list of diagnostics; a file
//! with several syntax errors reports each of them, and the parts that did
//! parse are still in the tree.

pub mod ast;
pub mod diagnostic;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod token;

pub use diagnostic::{codes, Diagnostic, Label, Severity};
pub use span::{FileId, SourceFile, Span};
pub use token::Token;

/// Tokenizes a file: every token with its span, and the lexical errors.
/// Comments are dropped; every line terminator is a `Token::Newline`.
pub fn lex(file: FileId, text: &str) -> (Vec<(Token, Span)>, Vec<Diagnostic>) {
    lexer::lex(file, text)
}

/// Parses a file into its tree and the syntax errors found (lexical errors
/// included).
pub fn parse_file(file: FileId, text: &str) -> (ast::SourceFileAst, Vec<Diagnostic>) {
    parser::parse_file(file, text)
}
