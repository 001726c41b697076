//! Diagnostic rendering: the human format (ariadne source excerpts,
//! runtime.md §14.8) and the JSON-lines format (language.md §8.3), plus the
//! driver-level failure line (`error: ...`, or a `C0001` object in JSON mode).
//!
//! Rendering never panics on a diagnostic: spans are clamped to their file
//! and to character boundaries, and a label in a file that is not in the
//! file table is left out. In JSON, `spans` holds the primary span first and
//! then the secondary spans that lie in the same file (offsets into another
//! file would be meaningless next to `file`).

use std::collections::HashMap;
use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::ops::Range;

use ariadne::{Cache, CharSet, Color, Config, IndexType, Label, Report, ReportKind, Source};
use mesh_syntax::{codes, Diagnostic, FileId, Severity, SourceFile, Span};
use serde::Serialize;

/// Code of a driver-level failure in JSON mode.
pub const FAILURE_CODE: &str = "C0001";

/// The final line of a failed compilation.
pub const COMPILATION_FAILED: &str = "Compilation failed due to errors above.";

/// How diagnostics are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Annotated source excerpts; `color` enables ANSI colours.
    Human { color: bool },
    /// One JSON object per line.
    Json,
}

impl Format {
    /// The format for stderr: JSON if asked for, else human with colours
    /// unless `--no-color`, `NO_COLOR` or a stderr that is not a terminal.
    pub fn for_stderr(json: bool, no_color: bool) -> Format {
        if json {
            return Format::Json;
        }
        let color = !no_color
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && io::stderr().is_terminal();
        Format::Human { color }
    }
}

/// Writes diagnostics and failure lines in one format.
pub struct Emitter<W: Write> {
    format: Format,
    out: W,
}

impl Emitter<io::Stderr> {
    pub fn stderr(format: Format) -> Self {
        Emitter {
            format,
            out: io::stderr(),
        }
    }
}

impl<W: Write> Emitter<W> {
    pub fn new(format: Format, out: W) -> Self {
        Emitter { format, out }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// Writes every diagnostic, in order.
    pub fn diagnostics(&mut self, diagnostics: &[Diagnostic], files: &[SourceFile]) {
        let table = FileTable::new(files);
        for diagnostic in diagnostics {
            let text = match self.format {
                Format::Human { color } => render_human_with(diagnostic, &table, color),
                Format::Json => render_json_with(diagnostic, &table) + "\n",
            };
            // A closed stderr leaves nothing useful to do with the error.
            let _ = self.out.write_all(text.as_bytes());
        }
    }

    /// Writes a driver-level failure (`error: message` or a `C0001` object).
    pub fn failure(&mut self, message: &str) {
        let line = match self.format {
            Format::Human { .. } => format!("error: {message}\n"),
            Format::Json => render_failure_json(message) + "\n",
        };
        let _ = self.out.write_all(line.as_bytes());
    }

    /// Writes a progress line such as `  Compiled: app/app` (human format
    /// and JSON mode alike: it is not a diagnostic).
    pub fn status(&mut self, line: &str) {
        let _ = writeln!(self.out, "{line}");
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

/// Renders one diagnostic as an annotated source excerpt.
pub fn render_human(diagnostic: &Diagnostic, files: &[SourceFile], color: bool) -> String {
    render_human_with(diagnostic, &FileTable::new(files), color)
}

/// Renders one diagnostic as one JSON line (without the newline).
pub fn render_json(diagnostic: &Diagnostic, files: &[SourceFile]) -> String {
    render_json_with(diagnostic, &FileTable::new(files))
}

/// The JSON line of a driver-level failure (without the newline).
pub fn render_failure_json(message: &str) -> String {
    let object = JsonDiagnostic {
        code: FAILURE_CODE,
        severity: "error",
        message: message.to_string(),
        file: String::new(),
        spans: Vec::new(),
        fix: None,
    };
    serde_json::to_string(&object).expect("a JSON diagnostic always serializes")
}

/// The headline text: parse errors get the `Parse error: ` prefix in JSON.
fn json_message(diagnostic: &Diagnostic) -> String {
    if diagnostic.code == codes::PARSE {
        format!("Parse error: {}", diagnostic.message)
    } else {
        diagnostic.message.clone()
    }
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: &'static str,
    message: String,
    file: String,
    spans: Vec<JsonSpan<'a>>,
    fix: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSpan<'a> {
    start: usize,
    end: usize,
    label: &'a str,
}

fn render_json_with(diagnostic: &Diagnostic, table: &FileTable<'_>) -> String {
    let primary_file = diagnostic.primary.span.file;
    let labels = std::iter::once(&diagnostic.primary).chain(
        diagnostic
            .labels
            .iter()
            .filter(|l| l.span.file == primary_file),
    );
    let spans = labels
        .map(|label| {
            let range = table.clamp(label.span).unwrap_or(label.span.range());
            JsonSpan {
                start: range.start,
                end: range.end,
                label: &label.message,
            }
        })
        .collect();
    let object = JsonDiagnostic {
        code: diagnostic.code,
        severity: match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        message: json_message(diagnostic),
        file: table.path(primary_file).unwrap_or_default().to_string(),
        spans,
        fix: diagnostic.help.as_deref(),
    };
    serde_json::to_string(&object).expect("a JSON diagnostic always serializes")
}

fn render_human_with(diagnostic: &Diagnostic, table: &FileTable<'_>, color: bool) -> String {
    let kind = match (diagnostic.severity, diagnostic.code == codes::PARSE) {
        (_, true) => ReportKind::Custom("Parse error", Color::Red),
        (Severity::Error, false) => ReportKind::Error,
        (Severity::Warning, false) => ReportKind::Warning,
    };
    let Some(primary_range) = table.clamp(diagnostic.primary.span) else {
        return render_without_source(diagnostic, kind_title(&kind));
    };
    let primary_file = diagnostic.primary.span.file;
    let config = Config::new()
        .with_color(color)
        .with_index_type(IndexType::Byte)
        .with_char_set(CharSet::Unicode);
    let primary_color = match diagnostic.severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
    };
    // The report's own span fixes the `file:line:col` of the header: the
    // start of the primary span, as in JSON.
    let location = (primary_file, primary_range.start..primary_range.start);
    // A primary span without its own text is labelled with the headline,
    // so the excerpt says what is wrong where it points.
    let primary_text = if diagnostic.primary.message.is_empty() {
        diagnostic.message.as_str()
    } else {
        diagnostic.primary.message.as_str()
    };
    let mut labels = vec![(
        primary_file,
        table.visible(primary_file, primary_range),
        primary_text,
        color.then_some(primary_color),
    )];
    for secondary in &diagnostic.labels {
        if let Some(range) = table.clamp(secondary.span) {
            let file = secondary.span.file;
            labels.push((
                file,
                table.visible(file, range),
                &secondary.message,
                color.then_some(Color::Blue),
            ));
        }
    }
    sort_for_drawing(&mut labels, primary_file);
    let mut builder = Report::build(kind, location)
        .with_config(config)
        .with_code(diagnostic.code)
        .with_message(&diagnostic.message)
        .with_labels(labels.into_iter().map(|(file, range, message, color)| {
            // ariadne draws neither underline nor arrow for a label without
            // a message, so an empty message is still given.
            let label = Label::new((file, range)).with_message(message);
            match color {
                Some(color) => label.with_color(color),
                None => label,
            }
        }));
    for note in &diagnostic.notes {
        builder = builder.with_note(note);
    }
    if let Some(help) = &diagnostic.help {
        builder = builder.with_help(help);
    }
    let mut out = Vec::new();
    if builder
        .finish()
        .write(table.ariadne_cache(), &mut out)
        .is_err()
    {
        return render_without_source(diagnostic, kind_title(&kind));
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    if color {
        text
    } else {
        // ariadne paints a custom report kind ("Parse error") even when
        // colours are off.
        strip_ansi_sgr(&text)
    }
}

/// A label to draw: file, byte range, message, colour.
type DrawnLabel<'a> = (FileId, Range<usize>, &'a str, Option<Color>);

/// Sorts labels so that ariadne shows one excerpt per file: the primary
/// file first, then the others in order of appearance, each file's labels by
/// position (ariadne starts a new excerpt whenever a label lies above the
/// previous one).
fn sort_for_drawing(labels: &mut [DrawnLabel<'_>], primary_file: FileId) {
    let mut file_order = vec![primary_file];
    for (file, ..) in labels.iter() {
        if !file_order.contains(file) {
            file_order.push(*file);
        }
    }
    labels.sort_by_key(|(file, range, ..)| {
        (
            file_order.iter().position(|f| f == file),
            range.start,
            range.end,
        )
    });
}

fn kind_title(kind: &ReportKind<'_>) -> String {
    match kind {
        ReportKind::Error => "Error".to_string(),
        ReportKind::Warning => "Warning".to_string(),
        ReportKind::Advice => "Advice".to_string(),
        ReportKind::Custom(name, _) => name.to_string(),
    }
}

/// The plain form used when the primary span's file is unknown.
fn render_without_source(diagnostic: &Diagnostic, title: String) -> String {
    let mut out = format!("[{}] {}: {}\n", diagnostic.code, title, diagnostic.message);
    for note in &diagnostic.notes {
        out.push_str(&format!("  Note: {note}\n"));
    }
    if let Some(help) = &diagnostic.help {
        out.push_str(&format!("  Help: {help}\n"));
    }
    out
}

/// Removes ANSI colour sequences (`ESC [ ... m`).
fn strip_ansi_sgr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("\x1b[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find(|c: char| !(c.is_ascii_digit() || c == ';')) {
            Some(end) if after[end..].starts_with('m') => rest = &after[end + 1..],
            _ => {
                out.push_str(&rest[start..start + 2]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The files a diagnostic may point into, by id.
struct FileTable<'a> {
    files: HashMap<FileId, &'a SourceFile>,
}

impl<'a> FileTable<'a> {
    fn new(files: &'a [SourceFile]) -> Self {
        FileTable {
            files: files.iter().map(|f| (f.id, f)).collect(),
        }
    }

    fn path(&self, id: FileId) -> Option<&'a str> {
        self.files.get(&id).map(|f| f.path.as_str())
    }

    /// The span's byte range, clamped into its file's text and onto
    /// character boundaries; `None` if the file is unknown.
    fn clamp(&self, span: Span) -> Option<Range<usize>> {
        let text = &self.files.get(&span.file)?.text;
        let floor = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let start = floor(span.start as usize);
        let end = floor(span.end as usize).max(start);
        Some(start..end)
    }

    /// A clamped range as drawn: an empty range is widened to the character
    /// at its position, so that it gets an underline (in ariadne's copy of
    /// the text, which ends with an extra space, there always is one).
    fn visible(&self, file: FileId, range: Range<usize>) -> Range<usize> {
        if !range.is_empty() {
            return range;
        }
        let width = self.files[&file].text[range.start..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        range.start..range.start + width
    }

    /// The sources for ariadne. Each text gets a trailing space, so that an
    /// offset at the very end of a file that ends with a newline is a
    /// position on the (otherwise empty) last line, as `SourceFile::line_col`
    /// counts it, rather than the end of the line before.
    fn ariadne_cache(&self) -> AriadneCache<'a> {
        AriadneCache {
            sources: self
                .files
                .iter()
                .map(|(id, file)| {
                    (
                        *id,
                        (file.path.as_str(), Source::from(format!("{} ", file.text))),
                    )
                })
                .collect(),
        }
    }
}

/// The file table in the shape ariadne reads sources from.
struct AriadneCache<'a> {
    sources: HashMap<FileId, (&'a str, Source<String>)>,
}

impl Cache<FileId> for AriadneCache<'_> {
    type Storage = String;

    fn fetch(&mut self, id: &FileId) -> Result<&Source<String>, impl fmt::Debug> {
        self.sources
            .get(id)
            .map(|(_, source)| source)
            .ok_or_else(|| format!("unknown file {id:?}"))
    }

    fn display<'b>(&self, id: &'b FileId) -> Option<impl fmt::Display + 'b> {
        self.sources.get(id).map(|(path, _)| path.to_string())
    }
}
