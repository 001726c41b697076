//! The lexer (language.md §1): source text to `Token`s with byte spans, plus
//! the lexical errors.
//!
//! Three logos state machines do the matching: `code` for ordinary tokens,
//! `string` for the body of a string literal and `comment` for the body of
//! a block comment. This driver runs one match at a time at the current
//! position with the machine of the current mode, and keeps a mode stack:
//! an opening quote pushes a string, `${` inside a string pushes an
//! interpolation (ordinary code that counts its braces), and the matching
//! `}` or closing quote pops. Nesting is therefore unlimited.
//!
//! Choices the specification leaves open:
//! - A block comment produces no `Newline` tokens for the line terminators
//!   inside it; the terminator after its `=#` is emitted as usual.
//! - Line terminators inside string text are kept as written (`\r\n` stays
//!   two characters); they belong to the content, not to `Newline` tokens.
//! - In a triple-quoted string, a run of three or more quotes ends the
//!   string with its last three quotes (`"""a""""` is the text `a"`).
//! - A number immediately followed by identifier characters (`0b102`,
//!   `0x`, `12px`, `1e`) is one malformed literal, not a number and a name.
//! - Errors never stop the lexer. An unexpected character is skipped. A
//!   malformed or too large integer literal becomes `Int(0)` and a malformed
//!   float `Float(0.0)`, so that the parser does not report the same place
//!   again. A string or interpolation still open at end of file is closed
//!   with empty-span `InterpEnd`/`StringEnd` tokens, and only the innermost
//!   open construct is reported.

mod code;
mod comment;
mod string;

use logos::Logos;

use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Span};
use crate::token::Token;
use code::CodeToken;
use comment::CommentToken;
use string::StringToken;

/// Tokenizes `text`: every token with its span, and the lexical errors.
pub fn lex(file: FileId, text: &str) -> (Vec<(Token, Span)>, Vec<Diagnostic>) {
    let mut lexer = Lexer::new(file, text);
    lexer.run();
    (lexer.tokens, lexer.diagnostics)
}

/// An open construct on the mode stack. The bottom of the stack (no frame)
/// is the top level of the file, which is ordinary code.
enum Frame {
    /// Inside a string literal's body.
    String(StringFrame),
    /// Inside `${ ... }`: ordinary code until the `}` that balances `${`.
    Interpolation {
        /// The `${` span.
        open: Span,
        /// Braces opened (`{` or `%{`) and not yet closed inside it.
        depth: u32,
    },
}

struct StringFrame {
    triple: bool,
    /// The opening quote(s).
    open: Span,
    /// Where the current run of literal text began.
    piece_start: usize,
    /// The current run's text, escapes processed.
    content: String,
}

struct Lexer<'a> {
    file: FileId,
    text: &'a str,
    pos: usize,
    frames: Vec<Frame>,
    tokens: Vec<(Token, Span)>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Lexer<'a> {
    fn new(file: FileId, text: &'a str) -> Lexer<'a> {
        let pos = if text.starts_with('\u{FEFF}') {
            '\u{FEFF}'.len_utf8()
        } else {
            0
        };
        Lexer {
            file,
            text,
            pos,
            frames: Vec::new(),
            tokens: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    fn run(&mut self) {
        loop {
            let more = match self.frames.last() {
                Some(Frame::String(_)) => self.string_step(),
                None | Some(Frame::Interpolation { .. }) => self.code_step(),
            };
            if !more {
                break;
            }
        }
        self.close_at_end_of_file();
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, start, end)
    }

    fn push(&mut self, token: Token, start: usize, end: usize) {
        let span = self.span(start, end);
        self.tokens.push((token, span));
    }

    fn error(&mut self, message: impl Into<String>, start: usize, end: usize) {
        let span = self.span(start, end);
        self.diagnostics.push(Diagnostic::syntax(message, span));
    }

    /// Runs the logos machine `T` for one match at the current position and
    /// moves past it. Returns the match and its absolute byte range.
    fn next_match<T>(&mut self) -> Option<(Result<T, ()>, usize, usize)>
    where
        T: Logos<'a, Source = str, Error = (), Extras = ()>,
    {
        let mut raw = T::lexer(&self.text[self.pos..]);
        let result = raw.next()?;
        let range = raw.span();
        let (start, end) = (self.pos + range.start, self.pos + range.end);
        self.pos = end;
        Some((result, start, end))
    }

    /// Lexes one token of ordinary code. Returns false at end of file.
    fn code_step(&mut self) -> bool {
        let Some((result, start, end)) = self.next_match::<CodeToken>() else {
            return false;
        };
        match result {
            Ok(CodeToken::Plain(token)) => self.plain(token, start, end),
            Ok(CodeToken::LineComment) => {}
            Ok(CodeToken::BlockCommentOpen) => self.block_comment(start),
            Ok(CodeToken::Int(radix)) => self.int(radix, start, end),
            Ok(CodeToken::Float) => self.float(start, end),
            Ok(CodeToken::Quote) => self.open_string(false, start, end),
            Ok(CodeToken::TripleQuote) => self.open_string(true, start, end),
            Err(()) => self.unexpected_character(start),
        }
        true
    }

    /// Emits a plain token; braces also update the depth of the enclosing
    /// interpolation, whose balancing `}` becomes `InterpEnd`.
    fn plain(&mut self, token: Token, start: usize, end: usize) {
        if let Some(Frame::Interpolation { depth, .. }) = self.frames.last_mut() {
            match token {
                Token::LBrace | Token::PercentBrace => *depth += 1,
                Token::RBrace if *depth == 0 => {
                    self.frames.pop();
                    self.push(Token::InterpEnd, start, end);
                    if let Some(Frame::String(string)) = self.frames.last_mut() {
                        string.piece_start = end;
                    }
                    return;
                }
                Token::RBrace => *depth -= 1,
                _ => {}
            }
        }
        self.push(token, start, end);
    }

    fn unexpected_character(&mut self, start: usize) {
        let Some(c) = self.text[start..].chars().next() else {
            return;
        };
        let end = start + c.len_utf8();
        self.pos = end;
        let shown = match c {
            '`' => "`` ` ``".to_owned(),
            c if c.is_control() => format!("`{}`", c.escape_default()),
            c => format!("`{c}`"),
        };
        self.error(format!("unexpected character {shown}"), start, end);
    }

    /// Skips a block comment whose `#=` is at `open`, nested ones included.
    fn block_comment(&mut self, open: usize) {
        let mut depth = 1u32;
        while depth > 0 {
            match self.next_match::<CommentToken>() {
                Some((Ok(CommentToken::Open), ..)) => depth += 1,
                Some((Ok(CommentToken::Close), ..)) => depth -= 1,
                Some((Ok(CommentToken::Other) | Err(()), ..)) => {}
                None => {
                    self.error("unterminated block comment", open, open + 2);
                    return;
                }
            }
        }
    }

    /// An integer literal, after checking what follows it.
    fn int(&mut self, radix: u32, start: usize, end: usize) {
        if self.invalid_number_suffix(start) {
            self.push(Token::Int(0), start, self.pos);
            return;
        }
        let literal = &self.text[start..end];
        let digits: String = match radix {
            10 => literal,
            _ => &literal[2..],
        }
        .chars()
        .filter(|&c| c != '_')
        .collect();
        let value = match u64::from_str_radix(&digits, radix) {
            Ok(value) => value,
            Err(_) => {
                self.error("integer literal is too large", start, end);
                0
            }
        };
        self.push(Token::Int(value), start, end);
    }

    fn float(&mut self, start: usize, end: usize) {
        if self.invalid_number_suffix(start) {
            self.push(Token::Float(0.0), start, self.pos);
            return;
        }
        let digits: String = self.text[start..end]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        let value = match digits.parse::<f64>() {
            Ok(value) => value,
            Err(_) => {
                self.error(
                    format!("invalid number literal `{}`", &self.text[start..end]),
                    start,
                    end,
                );
                0.0
            }
        };
        self.push(Token::Float(value), start, end);
    }

    /// A number immediately followed by identifier characters (`0b102`,
    /// `0xZ`, `12px`, `1e`) is one malformed literal: reports it, moves past
    /// it and returns true.
    fn invalid_number_suffix(&mut self, start: usize) -> bool {
        let rest = &self.text[self.pos..];
        let suffix_len: usize = rest
            .chars()
            .take_while(|&c| c.is_alphanumeric() || c == '_')
            .map(char::len_utf8)
            .sum();
        if suffix_len == 0 {
            return false;
        }
        self.pos += suffix_len;
        let literal = &self.text[start..self.pos];
        self.error(
            format!("invalid number literal `{literal}`"),
            start,
            self.pos,
        );
        true
    }

    fn open_string(&mut self, triple: bool, start: usize, end: usize) {
        self.push(Token::StringStart, start, end);
        self.frames.push(Frame::String(StringFrame {
            triple,
            open: self.span(start, end),
            piece_start: end,
            content: String::new(),
        }));
    }

    /// Lexes one piece of a string body. Returns false at end of file.
    fn string_step(&mut self) -> bool {
        let source = self.text;
        let Some((result, start, end)) = self.next_match::<StringToken>() else {
            return false;
        };
        let text = &source[start..end];
        let Some(Frame::String(string)) = self.frames.last_mut() else {
            return false;
        };
        match result {
            Ok(StringToken::Text) => string.content.push_str(text),
            Ok(StringToken::Escape) => string
                .content
                .extend(text[1..].chars().next().map(string::unescape)),
            Ok(StringToken::Dollar) => string.content.push('$'),
            Ok(StringToken::InterpOpen) => {
                self.flush_string_content(start);
                self.push(Token::InterpStart, start, end);
                self.frames.push(Frame::Interpolation {
                    open: self.span(start, end),
                    depth: 0,
                });
            }
            Ok(StringToken::Quotes) => {
                let closing = if string.triple { 3 } else { 1 };
                if end - start < closing {
                    string.content.push_str(text);
                    return true;
                }
                // An ordinary string ends at the first quote, a triple-quoted
                // one at the last three quotes of the run.
                let close_start = if string.triple { end - 3 } else { start };
                string.content.push_str(&source[start..close_start]);
                self.pos = close_start + closing;
                self.flush_string_content(close_start);
                self.frames.pop();
                self.push(Token::StringEnd, close_start, self.pos);
            }
            // The string machine matches every input; this arm is only for
            // exhaustiveness.
            Err(()) => string.content.push_str(text),
        }
        true
    }

    /// Emits the pending text of the innermost string, which ends at `end`.
    fn flush_string_content(&mut self, end: usize) {
        let Some(Frame::String(string)) = self.frames.last_mut() else {
            return;
        };
        let start = string.piece_start;
        let content = std::mem::take(&mut string.content);
        if !content.is_empty() {
            self.push(Token::StringContent(content), start, end);
        }
    }

    /// Closes every construct still open at end of file and reports the
    /// innermost one.
    fn close_at_end_of_file(&mut self) {
        let end = self.text.len();
        let innermost = match self.frames.last() {
            Some(Frame::String(string)) => Some(("unterminated string", string.open)),
            Some(Frame::Interpolation { open, .. }) => Some(("unterminated interpolation", *open)),
            None => None,
        };
        if let Some((message, span)) = innermost {
            self.diagnostics.push(Diagnostic::syntax(message, span));
        }
        while let Some(frame) = self.frames.last() {
            let closing = match frame {
                Frame::String(_) => {
                    self.flush_string_content(end);
                    Token::StringEnd
                }
                Frame::Interpolation { .. } => Token::InterpEnd,
            };
            self.frames.pop();
            self.push(closing, end, end);
        }
    }
}
