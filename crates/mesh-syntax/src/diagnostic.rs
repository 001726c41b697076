//! Diagnostics as data: every stage returns `Diagnostic` values; only
//! `meshc` renders them (with ariadne, or as JSON lines).
//!
//! Codes: `P0001` for syntax errors, `E0001`-`E0042` and `W0001`/`W0002`
//! as in the language reference §8.2, and `E01xx` for errors that exist only
//! because our rules are stricter (see `codes` below).

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A span with the text shown beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// `P0001`, `E0001`, `W0001`, `E0101`, ...
    pub code: &'static str,
    pub severity: Severity,
    /// Headline, e.g. "expected `Int`, found `String`". Parse errors carry the
    /// bare message ("expected expression"); the renderer adds "Parse error".
    pub message: String,
    /// Where the problem is; its message may be empty.
    pub primary: Label,
    /// Secondary labels (e.g. "`do` block started here").
    pub labels: Vec<Label>,
    /// Extra lines of explanation.
    pub notes: Vec<String>,
    /// A suggested fix ("wrap in Some(...)"), shown as `Help:` and as `fix` in JSON.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            primary: Label { span, message: String::new() },
            labels: Vec::new(),
            notes: Vec::new(),
            help: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, message, span) }
    }

    /// A syntax error (code `P0001`).
    pub fn syntax(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::error(codes::PARSE, message, span)
    }

    /// Sets the text of the primary label.
    pub fn with_primary_label(mut self, message: impl Into<String>) -> Diagnostic {
        self.primary.message = message.into();
        self
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label { span, message: message.into() });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The diagnostic codes. Reference codes keep their reference meaning
/// (language.md §8.2); `E01xx` are ours.
pub mod codes {
    pub const PARSE: &str = "P0001";
    pub const TYPE_MISMATCH: &str = "E0001";
    pub const INFINITE_TYPE: &str = "E0002";
    pub const ARITY: &str = "E0003";
    pub const UNDEFINED: &str = "E0004";
    pub const NOT_A_FUNCTION: &str = "E0005";
    pub const NOT_IMPLEMENTED_TRAIT: &str = "E0006";
    pub const IMPL_MISSING_METHOD: &str = "E0007";
    pub const IMPL_WRONG_SIGNATURE: &str = "E0008";
    pub const FIELD: &str = "E0009";
    pub const UNKNOWN_VARIANT: &str = "E0010";
    pub const OR_PATTERN_BINDINGS: &str = "E0011";
    pub const NON_EXHAUSTIVE: &str = "E0012";
    pub const SEND_TYPE: &str = "E0014";
    pub const SELF_OUTSIDE_ACTOR: &str = "E0015";
    pub const SPAWN_NON_FUNCTION: &str = "E0016";
    pub const RECEIVE_OUTSIDE_ACTOR: &str = "E0017";
    pub const CHILD_START: &str = "E0018";
    pub const SUPERVISOR_STRATEGY: &str = "E0019";
    pub const RESTART_TYPE: &str = "E0020";
    pub const SHUTDOWN_VALUE: &str = "E0021";
    pub const CATCH_ALL_NOT_LAST: &str = "E0022";
    pub const DUPLICATE_FUNCTION: &str = "E0023";
    pub const CLAUSE_ARITY: &str = "E0024";
    pub const GUARD_NOT_BOOL: &str = "E0025";
    pub const DUPLICATE_IMPL: &str = "E0026";
    pub const AMBIGUOUS_METHOD: &str = "E0027";
    pub const CANNOT_DERIVE: &str = "E0028";
    pub const DERIVE_PREREQUISITE: &str = "E0029";
    pub const NO_METHOD: &str = "E0030";
    pub const MODULE_NOT_FOUND: &str = "E0031";
    pub const BREAK_OUTSIDE_LOOP: &str = "E0032";
    pub const CONTINUE_OUTSIDE_LOOP: &str = "E0033";
    pub const NOT_EXPORTED: &str = "E0034";
    pub const PRIVATE: &str = "E0035";
    pub const TRY_BAD_RETURN: &str = "E0036";
    pub const TRY_BAD_OPERAND: &str = "E0037";
    pub const NOT_JSON: &str = "E0038";
    pub const NOT_ROW: &str = "E0039";
    pub const MISSING_ASSOC_TYPE: &str = "E0040";
    pub const EXTRA_ASSOC_TYPE: &str = "E0041";
    pub const UNRESOLVED_ASSOC_TYPE: &str = "E0042";
    pub const REDUNDANT: &str = "W0001";
    pub const NON_FIRST_CLAUSE: &str = "W0002";

    // Ours (language.md §8.2, "Additional errors").
    /// A construct the front end parses but this compiler cannot check yet.
    pub const UNSUPPORTED: &str = "E0100";
    pub const UNKNOWN_TYPE: &str = "E0101";
    pub const TOP_LEVEL_STATEMENT: &str = "E0102";
    pub const INLINE_MODULE: &str = "E0103";
    pub const AMBIGUOUS_IMPORT: &str = "E0104";
    pub const DUPLICATE_NAME: &str = "E0105";
    pub const FIELD_WITHOUT_TYPE: &str = "E0106";
    pub const INDEXING: &str = "E0107";
    pub const TRAILING_CLOSURE: &str = "E0108";
    pub const ACTOR_CALL: &str = "E0109";
    pub const ANNOTATION_NEEDED: &str = "E0110";
    pub const DUPLICATE_HANDLER: &str = "E0111";
    pub const INT_LITERAL_RANGE: &str = "E0112";
    pub const SERVICE_ITEM: &str = "E0113";
    pub const REFUTABLE_LET: &str = "E0114";
    pub const MISSING_MAIN: &str = "E0115";
}
