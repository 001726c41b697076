//! Newline significance (language.md §1.9), decided in one pass over the
//! lexer's tokens before parsing, plus the integer-literal range check
//! (§1.7.1).
//!
//! The pass keeps a stack of the constructs that enclose the current token:
//!
//! * `( [ { %{` and `${` open *bracket* frames: newlines inside are dropped;
//! * `do` opens a *block* frame (closed by `end`): newlines inside are
//!   kept, even when the block itself sits inside brackets;
//! * a closure `fn` opens a *closure* frame that is transparent for
//!   significance (an arrow body inherits its surroundings). If the closure
//!   continues with `do`, the frame becomes that `do`'s block frame (one
//!   `end` closes both); after `->` a later `do` opens a nested block.
//!   `fn` followed by a name at the start of a statement is a named
//!   function and opens nothing (its `do`, if any, does), unless the name
//!   is followed by `->`, `,`, `when` or `::`: then it is the first bare
//!   parameter of a closure (`fn x -> x + n end` as a function's last
//!   statement);
//! * `else if` reuses the enclosing block frame, since the whole chain
//!   shares one `end`.
//!
//! Kept (significant) newlines are collapsed to one token; they are dropped
//! when the next token is `|>` (multi-line pipelines) or when they directly
//! follow `->` (an arm or closure body starting on the next line). A `let`
//! after a dropped newline means a bracket was left open: the open brackets
//! are abandoned so that the parser reports the missing closer there
//! instead of reading the rest of the block as one expression.
//!
//! Each kept token also gets its nesting depth (the stack height, counted
//! after mismatched frames are abandoned), which the parser's error
//! recovery uses to skip a broken statement without leaving its construct.

use crate::diagnostic::{codes, Diagnostic};
use crate::span::Span;
use crate::token::Token;

/// The tokens the parser sees, with their nesting depths.
pub(super) struct Layout {
    pub tokens: Vec<(Token, Span)>,
    pub depths: Vec<u32>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Copy, PartialEq)]
enum Frame {
    /// `( [ { %{`, with the token that closes it.
    Bracket(Closer),
    /// `${ ... }` inside a string.
    Interp,
    /// `do ... end`; `else_if` is set between `else if` and its `do`.
    Block { else_if: bool },
    /// A closure whose body has not started (`arrow: false`) or is an arrow body.
    Closure { arrow: bool },
}

#[derive(Clone, Copy, PartialEq)]
enum Closer {
    Paren,
    Bracket,
    Brace,
}

impl Frame {
    fn is_block_like(self) -> bool {
        matches!(self, Frame::Block { .. } | Frame::Closure { .. })
    }
}

struct Arranger {
    stack: Vec<Frame>,
    out: Vec<(Token, Span)>,
    depths: Vec<u32>,
    diagnostics: Vec<Diagnostic>,
    /// A significant newline waiting for the next token.
    pending_newline: Option<Span>,
    /// An insignificant newline dropped just before the current token.
    dropped_newline: Option<Span>,
    /// The next token starts a statement (for telling named functions from closures).
    statement_start: bool,
}

/// Filters the newlines of `tokens` and computes depths (see the module doc).
pub(super) fn arrange(tokens: Vec<(Token, Span)>) -> Layout {
    let mut arranger = Arranger {
        stack: Vec::new(),
        out: Vec::with_capacity(tokens.len()),
        depths: Vec::with_capacity(tokens.len()),
        diagnostics: Vec::new(),
        pending_newline: None,
        dropped_newline: None,
        statement_start: true,
    };
    for index in 0..tokens.len() {
        let (token, span) = &tokens[index];
        if *token == Token::Newline {
            arranger.newline(*span);
            continue;
        }
        let next = tokens.get(index + 1).map(|(t, _)| t);
        let after_next = tokens.get(index + 2).map(|(t, _)| t);
        arranger.token(token, *span, next, after_next);
    }
    if let Some(span) = arranger.pending_newline.take() {
        let depth = arranger.stack.len() as u32;
        arranger.push(Token::Newline, span, depth);
    }
    check_int_literals(&arranger.out, &mut arranger.diagnostics);
    Layout {
        tokens: arranger.out,
        depths: arranger.depths,
        diagnostics: arranger.diagnostics,
    }
}

impl Arranger {
    fn significant(&self) -> bool {
        for frame in self.stack.iter().rev() {
            match frame {
                Frame::Closure { .. } => continue,
                Frame::Block { .. } => return true,
                Frame::Bracket(_) | Frame::Interp => return false,
            }
        }
        true
    }

    fn newline(&mut self, span: Span) {
        if self.significant() {
            if self.pending_newline.is_none() {
                self.pending_newline = Some(span);
            }
        } else {
            self.dropped_newline = Some(span);
        }
    }

    fn push(&mut self, token: Token, span: Span, depth: u32) {
        self.statement_start = match &token {
            Token::Newline | Token::Semi | Token::Do | Token::Else | Token::Pub | Token::Pipe => {
                true
            }
            Token::Ident(word) if word == "extern" => self.statement_start,
            _ => false,
        };
        self.out.push((token, span));
        self.depths.push(depth);
    }

    fn token(
        &mut self,
        token: &Token,
        span: Span,
        next: Option<&Token>,
        after_next: Option<&Token>,
    ) {
        if let Some(newline) = self.dropped_newline.take() {
            if *token == Token::Let && !self.significant() {
                self.abandon_brackets();
                self.pending_newline = Some(newline);
            }
        }
        if let Some(newline) = self.pending_newline.take() {
            let continues =
                *token == Token::PipeGt || matches!(self.out.last(), Some((Token::Arrow, _)));
            if !continues {
                let depth = self.stack.len() as u32;
                self.push(Token::Newline, newline, depth);
            }
        }

        let depth_before = self.stack.len() as u32;
        match token {
            Token::LParen => self.open(Frame::Bracket(Closer::Paren), token, span),
            Token::LBracket => self.open(Frame::Bracket(Closer::Bracket), token, span),
            Token::LBrace | Token::PercentBrace => {
                self.open(Frame::Bracket(Closer::Brace), token, span)
            }
            Token::InterpStart => self.open(Frame::Interp, token, span),
            Token::RParen => self.close_bracket(Closer::Paren, token, span),
            Token::RBracket => self.close_bracket(Closer::Bracket, token, span),
            Token::RBrace => self.close_bracket(Closer::Brace, token, span),
            Token::InterpEnd => {
                if let Some(at) = self.stack.iter().rposition(|f| *f == Frame::Interp) {
                    self.stack.truncate(at + 1);
                    let depth = self.stack.len() as u32;
                    self.stack.pop();
                    self.push(token.clone(), span, depth);
                } else {
                    self.push(token.clone(), span, depth_before);
                }
            }
            Token::Do => {
                match self.stack.last_mut() {
                    Some(Frame::Closure { arrow: false }) => {
                        *self.stack.last_mut().unwrap() = Frame::Block { else_if: false };
                    }
                    Some(Frame::Block { else_if }) if *else_if => *else_if = false,
                    _ => self.stack.push(Frame::Block { else_if: false }),
                }
                self.push(token.clone(), span, depth_before);
            }
            Token::End => {
                let block = self
                    .stack
                    .iter()
                    .rposition(|f| *f == Frame::Interp || f.is_block_like())
                    .filter(|&at| self.stack[at] != Frame::Interp);
                match block {
                    Some(at) => {
                        self.stack.truncate(at + 1);
                        let depth = self.stack.len() as u32;
                        self.stack.pop();
                        self.push(token.clone(), span, depth);
                    }
                    None => self.push(token.clone(), span, depth_before),
                }
            }
            Token::Else => {
                if next == Some(&Token::If) {
                    if let Some(Frame::Block { else_if }) = self.stack.last_mut() {
                        *else_if = true;
                    }
                }
                self.push(token.clone(), span, depth_before);
            }
            Token::Fn => {
                let named = self.statement_start
                    && matches!(next, Some(Token::Ident(_)))
                    && !super::stmts::continues_bare_closure_params(after_next);
                self.push(token.clone(), span, depth_before);
                if !named {
                    self.stack.push(Frame::Closure { arrow: false });
                }
            }
            Token::Arrow => {
                if let Some(Frame::Closure { arrow }) = self.stack.last_mut() {
                    *arrow = true;
                }
                self.push(token.clone(), span, depth_before);
            }
            _ => self.push(token.clone(), span, depth_before),
        }
    }

    fn open(&mut self, frame: Frame, token: &Token, span: Span) {
        let depth = self.stack.len() as u32;
        self.push(token.clone(), span, depth);
        self.stack.push(frame);
    }

    /// A closer pops its bracket, abandoning unclosed brackets and closures
    /// above it; it never reaches outside the current block or
    /// interpolation. A stray closer is kept for the parser to report.
    fn close_bracket(&mut self, closer: Closer, token: &Token, span: Span) {
        let found = self
            .stack
            .iter()
            .rposition(|f| {
                matches!(f, Frame::Interp | Frame::Block { .. }) || *f == Frame::Bracket(closer)
            })
            .filter(|&at| self.stack[at] == Frame::Bracket(closer));
        let depth = match found {
            Some(at) => {
                self.stack.truncate(at + 1);
                let depth = self.stack.len() as u32;
                self.stack.pop();
                depth
            }
            None => self.stack.len() as u32,
        };
        self.push(token.clone(), span, depth);
    }

    /// Pops the brackets (and closures inside them) above the innermost
    /// block or interpolation.
    fn abandon_brackets(&mut self) {
        while let Some(frame) = self.stack.last() {
            match frame {
                Frame::Bracket(_) | Frame::Closure { .. } => {
                    self.stack.pop();
                }
                Frame::Block { .. } | Frame::Interp => break,
            }
        }
    }
}

/// Tokens after which a `-` is binary.
fn ends_operand(token: &Token) -> bool {
    matches!(
        token,
        Token::Ident(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Atom(_)
            | Token::StringEnd
            | Token::True
            | Token::False
            | Token::Nil
            | Token::SelfKw
            | Token::RParen
            | Token::RBracket
            | Token::RBrace
            | Token::End
            | Token::Question
            | Token::Break
            | Token::Continue
    )
}

/// Reports integer literals above `i64::MAX`, except `2^63` directly
/// negated by a prefix `-` (which denotes `i64::MIN`).
fn check_int_literals(tokens: &[(Token, Span)], diagnostics: &mut Vec<Diagnostic>) {
    const MIN_MAGNITUDE: u64 = 1 << 63;
    for (index, (token, span)) in tokens.iter().enumerate() {
        let Token::Int(value) = token else { continue };
        if *value <= i64::MAX as u64 {
            continue;
        }
        let negated = index > 0
            && tokens[index - 1].0 == Token::Minus
            && (index < 2 || !ends_operand(&tokens[index - 2].0));
        let postfix = matches!(
            tokens.get(index + 1).map(|(t, _)| t),
            Some(Token::Dot | Token::LParen | Token::LBracket | Token::Question)
        );
        if *value == MIN_MAGNITUDE && negated && !postfix {
            continue;
        }
        diagnostics.push(
            Diagnostic::error(
                codes::INT_LITERAL_RANGE,
                "integer literal out of range",
                *span,
            )
            .with_note("an `Int` literal must be at most 9223372036854775807"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::FileId;

    /// The arranged tokens as text: `;` for a kept newline, each token
    /// followed by its depth.
    fn arranged(source: &str) -> String {
        let (tokens, _) = crate::lexer::lex(FileId(0), source);
        let layout = arrange(tokens);
        layout
            .tokens
            .iter()
            .zip(&layout.depths)
            .map(|((token, span), depth)| match token {
                Token::Newline => format!("NL{depth}"),
                _ => format!("{}{depth}", &source[span.range()]),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn newlines_in_brackets_are_dropped_and_blocks_keep_theirs() {
        assert_eq!(
            arranged("f(a,\n  b)\ng(fn(x) do\n  x\n  y\nend)\n"),
            "f0 (0 a1 ,1 b1 )1 NL0 g0 (0 fn1 (2 x3 )3 do2 NL2 x2 NL2 y2 NL2 end2 )1 NL0"
        );
    }

    #[test]
    fn pipes_continue_and_arrow_closures_inherit() {
        assert_eq!(
            arranged("a\n\n  |> f\nlet g = fn x ->\n  x end\nh"),
            "a0 |>0 f0 NL0 let0 g0 =0 fn0 x1 ->1 x1 end1 NL0 h0"
        );
    }

    #[test]
    fn else_if_shares_the_end_and_named_functions_open_nothing() {
        assert_eq!(
            arranged("if a do 1 else if b do 2 end\nfn f() = 1\n"),
            "if0 a0 do0 11 else1 if1 b1 do1 21 end1 NL0 fn0 f0 (0 )1 =0 10 NL0"
        );
    }

    #[test]
    fn a_let_after_an_unclosed_bracket_restores_the_newline() {
        assert_eq!(
            arranged("do\n  f(1,\n  let x = 2\nend"),
            "do0 NL1 f1 (1 12 ,2 NL1 let1 x1 =1 21 NL1 end1"
        );
    }

    #[test]
    fn out_of_range_literals_except_negated_minimum() {
        let (tokens, _) = crate::lexer::lex(
            FileId(0),
            "-9223372036854775808 9223372036854775808 x -9223372036854775808",
        );
        let layout = arrange(tokens);
        let spans: Vec<_> = layout
            .diagnostics
            .iter()
            .map(|d| d.primary.span.range())
            .collect();
        assert_eq!(spans, [21..40, 44..63]);
    }
}
