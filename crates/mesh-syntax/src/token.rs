//! The tokens the parser sees (language.md §1). The lexer (`lexer.rs`)
//! produces them with their spans; comments are trivia and never appear here.
//!
//! A string literal arrives as pieces: `StringStart`, then any mix of
//! `StringContent` (escapes already processed, empty pieces omitted) and
//! `InterpStart` ... ordinary tokens ... `InterpEnd`, then `StringEnd`.
//! Both `"..."` and `"""..."""` produce the same pieces.

use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    // ---- literals and names
    /// An identifier (not a keyword); case is decided by the parser/checker.
    Ident(String),
    /// An integer literal's value (decimal, hex, binary or octal, underscores
    /// removed). Values above `i64::MAX` are kept so that the parser can accept
    /// `-9223372036854775808` and reject other out-of-range literals.
    Int(u64),
    Float(f64),
    /// `:name` (the name without the colon).
    Atom(String),
    StringStart,
    StringContent(String),
    InterpStart,
    InterpEnd,
    StringEnd,
    /// A line terminator (`\n`, `\r\n` or `\r`). The lexer emits every one;
    /// significance is the parser's business (§1.9).
    Newline,

    // ---- keywords (§1.5)
    Actor,
    After,
    Alias,
    And,
    Break,
    Call,
    Case,
    Cast,
    Cond,
    Continue,
    Def,
    Do,
    Else,
    End,
    False,
    Fn,
    For,
    If,
    Impl,
    Import,
    In,
    Interface,
    Let,
    Link,
    Match,
    Module,
    Monitor,
    Nil,
    Not,
    Or,
    Pub,
    Receive,
    Return,
    SelfKw,
    Send,
    Service,
    Spawn,
    Struct,
    Supervisor,
    Terminate,
    Trait,
    Trap,
    True,
    Type,
    When,
    Where,
    While,
    With,

    // ---- operators and punctuation (§1.6)
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    EqEq,
    NotEq,
    Lt,
    Gt,
    LtEq,
    GtEq,
    AmpAmp,
    PipePipe,
    Bang,
    /// `|>`
    PipeGt,
    /// `<>`
    Diamond,
    /// `++`
    PlusPlus,
    /// `..`
    DotDot,
    Question,
    Eq,
    /// `->`
    Arrow,
    /// `=>`
    FatArrow,
    /// `::`
    ColonColon,
    Colon,
    Pipe,
    /// `%{` (a `%` immediately followed by `{`)
    PercentBrace,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Dot,
    Semi,
}

impl Token {
    /// The keyword token for a word, if the word is reserved.
    pub fn keyword(word: &str) -> Option<Token> {
        use Token::*;
        Some(match word {
            "actor" => Actor,
            "after" => After,
            "alias" => Alias,
            "and" => And,
            "break" => Break,
            "call" => Call,
            "case" => Case,
            "cast" => Cast,
            "cond" => Cond,
            "continue" => Continue,
            "def" => Def,
            "do" => Do,
            "else" => Else,
            "end" => End,
            "false" => False,
            "fn" => Fn,
            "for" => For,
            "if" => If,
            "impl" => Impl,
            "import" => Import,
            "in" => In,
            "interface" => Interface,
            "let" => Let,
            "link" => Link,
            "match" => Match,
            "module" => Module,
            "monitor" => Monitor,
            "nil" => Nil,
            "not" => Not,
            "or" => Or,
            "pub" => Pub,
            "receive" => Receive,
            "return" => Return,
            "self" => SelfKw,
            "send" => Send,
            "service" => Service,
            "spawn" => Spawn,
            "struct" => Struct,
            "supervisor" => Supervisor,
            "terminate" => Terminate,
            "trait" => Trait,
            "trap" => Trap,
            "true" => True,
            "type" => Type,
            "when" => When,
            "where" => Where,
            "while" => While,
            "with" => With,
            _ => return None,
        })
    }

    /// The source text of a keyword token (used for member names after `.`,
    /// where any keyword is allowed, and for messages).
    pub fn keyword_text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            Actor => "actor",
            After => "after",
            Alias => "alias",
            And => "and",
            Break => "break",
            Call => "call",
            Case => "case",
            Cast => "cast",
            Cond => "cond",
            Continue => "continue",
            Def => "def",
            Do => "do",
            Else => "else",
            End => "end",
            False => "false",
            Fn => "fn",
            For => "for",
            If => "if",
            Impl => "impl",
            Import => "import",
            In => "in",
            Interface => "interface",
            Let => "let",
            Link => "link",
            Match => "match",
            Module => "module",
            Monitor => "monitor",
            Nil => "nil",
            Not => "not",
            Or => "or",
            Pub => "pub",
            Receive => "receive",
            Return => "return",
            SelfKw => "self",
            Send => "send",
            Service => "service",
            Spawn => "spawn",
            Struct => "struct",
            Supervisor => "supervisor",
            Terminate => "terminate",
            Trait => "trait",
            Trap => "trap",
            True => "true",
            Type => "type",
            When => "when",
            Where => "where",
            While => "while",
            With => "with",
            _ => return None,
        })
    }
}

impl fmt::Display for Token {
    /// How a token is named in "expected X, found Y" messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Token::*;
        if let Some(k) = self.keyword_text() {
            return write!(f, "`{k}`");
        }
        let s = match self {
            Ident(s) => return write!(f, "identifier `{s}`"),
            Int(n) => return write!(f, "integer `{n}`"),
            Float(x) => return write!(f, "float `{x}`"),
            Atom(a) => return write!(f, "atom `:{a}`"),
            StringStart => "string",
            StringContent(_) => "string text",
            InterpStart => "`${`",
            InterpEnd => "`}`",
            StringEnd => "end of string",
            Newline => "newline",
            Plus => "`+`",
            Minus => "`-`",
            Star => "`*`",
            Slash => "`/`",
            Percent => "`%`",
            EqEq => "`==`",
            NotEq => "`!=`",
            Lt => "`<`",
            Gt => "`>`",
            LtEq => "`<=`",
            GtEq => "`>=`",
            AmpAmp => "`&&`",
            PipePipe => "`||`",
            Bang => "`!`",
            PipeGt => "`|>`",
            Diamond => "`<>`",
            PlusPlus => "`++`",
            DotDot => "`..`",
            Question => "`?`",
            Eq => "`=`",
            Arrow => "`->`",
            FatArrow => "`=>`",
            ColonColon => "`::`",
            Colon => "`:`",
            Pipe => "`|`",
            PercentBrace => "`%{`",
            LParen => "`(`",
            RParen => "`)`",
            LBracket => "`[`",
            RBracket => "`]`",
            LBrace => "`{`",
            RBrace => "`}`",
            Comma => "`,`",
            Dot => "`.`",
            Semi => "`;`",
            _ => unreachable!("keywords handled above"),
        };
        f.write_str(s)
    }
}
