//! The `meshc` command line (runtime.md §14.1, §14.7, §14.8): argument
//! parsing with clap and the `build`, `check` and `run` commands.
//!
//! Exit statuses: 0 success, 1 compilation/link/project failure, 2 usage
//! error; `run` forwards the program's status (128 + signal number when it
//! was killed by a signal). Diagnostics and progress lines go to stderr;
//! stdout belongs to `check --signatures` and to the program under `run`.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, ExitStatus};

use clap::{Args, Parser, Subcommand};
use mesh_check::{hir, ProjectError};
use mesh_syntax::Diagnostic;

use crate::pipeline::{self, BuildError, BuildSettings, UserModule};
use crate::project;
use crate::render::{Emitter, Format, COMPILATION_FAILED};
use crate::runtime_lib;

/// Exit status of a compilation, link or project failure.
pub const EXIT_FAILURE: i32 = 1;

#[derive(Parser, Debug)]
#[command(name = "meshc", version, about = "The Mesh compiler")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compile the project in DIR into a native executable.
    Build(BuildArgs),
    /// Parse and type-check the project in DIR without generating code.
    Check(CheckArgs),
    /// Build the project in DIR to a temporary file and run it.
    Run(RunArgs),
}

/// How diagnostics are shown.
#[derive(Args, Debug, Clone, Copy)]
pub struct DiagnosticArgs {
    /// Print diagnostics as JSON lines on stderr.
    #[arg(long)]
    pub json: bool,
    /// Do not colour diagnostics.
    #[arg(long)]
    pub no_color: bool,
}

impl DiagnosticArgs {
    fn emitter(self) -> Emitter<std::io::Stderr> {
        Emitter::stderr(Format::for_stderr(self.json, self.no_color))
    }
}

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// The project directory (it must contain main.mpl).
    pub dir: PathBuf,
    /// 0 = no optimisation, 1 = light, 2 or higher = the default pipeline.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub opt_level: u8,
    /// Also write the LLVM IR to `<output>.ll`.
    #[arg(long)]
    pub emit_llvm: bool,
    /// The executable to write (default: DIR/<basename of DIR>).
    #[arg(short = 'o', long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// LLVM target triple (default: the host).
    #[arg(long, value_name = "TRIPLE")]
    pub target: Option<String>,
    #[command(flatten)]
    pub diagnostics: DiagnosticArgs,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The project directory (it must contain main.mpl).
    pub dir: PathBuf,
    /// Print the inferred signature of every user function on stdout.
    #[arg(long)]
    pub signatures: bool,
    #[command(flatten)]
    pub diagnostics: DiagnosticArgs,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// The project directory (it must contain main.mpl).
    pub dir: PathBuf,
    /// 0 = no optimisation, 1 = light, 2 or higher = the default pipeline.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub opt_level: u8,
    #[command(flatten)]
    pub diagnostics: DiagnosticArgs,
    /// Arguments passed to the program (after `--`).
    #[arg(last = true, value_name = "ARGS")]
    pub args: Vec<OsString>,
}

/// Parses the process arguments, runs the command and returns the exit
/// status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return error.exit_code();
        }
    };
    match cli.command {
        Command::Build(args) => build(&args),
        Command::Check(args) => check(&args),
        Command::Run(args) => run(&args),
    }
}

/// `meshc build`.
pub fn build(args: &BuildArgs) -> i32 {
    let mut emitter = args.diagnostics.emitter();
    let Some(checked) = front_end(&args.dir, &mut emitter) else {
        return EXIT_FAILURE;
    };
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| default_output(&args.dir));
    let llvm_ir = args.emit_llvm.then(|| llvm_ir_path(&output));
    let runtime_lib = match runtime_lib::find() {
        Ok(path) => path,
        Err(message) => {
            emitter.failure(&message);
            return EXIT_FAILURE;
        }
    };
    if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(parent) {
            emitter.failure(&format!("cannot create '{}': {e}", parent.display()));
            return EXIT_FAILURE;
        }
    }
    let settings = BuildSettings {
        opt_level: args.opt_level,
        target: args.target.clone(),
        output: &output,
        llvm_ir: llvm_ir.as_deref(),
        runtime_lib: &runtime_lib,
    };
    if let Err(error) = pipeline::build(&checked.program, &settings) {
        report_build_error(&mut emitter, error, &checked.program);
        return EXIT_FAILURE;
    }
    emitter.status(&format!("  Compiled: {}", output.display()));
    if let Some(path) = &llvm_ir {
        emitter.status(&format!("  LLVM IR: {}", path.display()));
    }
    0
}

/// `meshc check`.
pub fn check(args: &CheckArgs) -> i32 {
    let mut emitter = args.diagnostics.emitter();
    let Some(checked) = front_end(&args.dir, &mut emitter) else {
        return EXIT_FAILURE;
    };
    if args.signatures {
        print!("{}", checked.signatures);
    }
    0
}

/// `meshc run`.
pub fn run(args: &RunArgs) -> i32 {
    let mut emitter = args.diagnostics.emitter();
    let Some(checked) = front_end(&args.dir, &mut emitter) else {
        return EXIT_FAILURE;
    };
    let result = (|| -> Result<i32, BuildError> {
        let runtime_lib = runtime_lib::find().map_err(BuildError::Message)?;
        let temp = tempfile::Builder::new()
            .prefix("meshc-run-")
            .tempdir()
            .map_err(|e| BuildError::Message(format!("cannot create a temporary directory: {e}")))?;
        let executable = temp.path().join(program_name(&args.dir));
        let settings = BuildSettings {
            opt_level: args.opt_level,
            target: None,
            output: &executable,
            llvm_ir: None,
            runtime_lib: &runtime_lib,
        };
        pipeline::build(&checked.program, &settings)?;
        let status = Process::new(&executable)
            .args(&args.args)
            .status()
            .map_err(|e| BuildError::Message(format!("cannot run '{}': {e}", executable.display())))?;
        Ok(exit_code_of(status))
    })();
    result.unwrap_or_else(|error| {
        report_build_error(&mut emitter, error, &checked.program);
        EXIT_FAILURE
    })
}

/// Prints why the back end produced no executable.
fn report_build_error<W: std::io::Write>(
    emitter: &mut Emitter<W>,
    error: BuildError,
    program: &hir::Program,
) {
    match error {
        BuildError::Diagnostics(diagnostics) => {
            emitter.diagnostics(&diagnostics, &program.files);
            emitter.failure(COMPILATION_FAILED);
        }
        BuildError::Message(message) => emitter.failure(&message),
    }
}

/// A type-checked project.
struct Checked {
    program: hir::Program,
    signatures: String,
}

/// Loads, parses and checks the project in `dir`, printing the diagnostics
/// of every phase that ran; `None` (after the failure line) if any phase
/// failed.
fn front_end<W: std::io::Write>(dir: &Path, emitter: &mut Emitter<W>) -> Option<Checked> {
    let files = match project::load(dir) {
        Ok(files) => files,
        Err(error) => {
            emitter.failure(&error.0);
            return None;
        }
    };
    let parsed = pipeline::parse(files.into_iter().map(UserModule::from).collect());
    let parse_failed = parsed.has_errors();
    emitter.diagnostics(&parsed.diagnostics, &parsed.files);
    if parse_failed {
        emitter.failure(COMPILATION_FAILED);
        return None;
    }
    let (files, result) = pipeline::check(parsed);
    match result {
        Err(ProjectError(message)) => {
            emitter.failure(&message);
            None
        }
        Ok(output) => {
            emitter.diagnostics(&output.diagnostics, &files);
            finish_check(output.program, &output.diagnostics, emitter).map(|program| Checked {
                program,
                signatures: output.signatures,
            })
        }
    }
}

/// The program of a check that produced no error, else the failure line.
fn finish_check<W: std::io::Write>(
    program: Option<hir::Program>,
    diagnostics: &[Diagnostic],
    emitter: &mut Emitter<W>,
) -> Option<hir::Program> {
    match program {
        Some(program) if !diagnostics.iter().any(Diagnostic::is_error) => Some(program),
        _ => {
            emitter.failure(COMPILATION_FAILED);
            None
        }
    }
}

/// `DIR/<basename of DIR>`.
pub fn default_output(dir: &Path) -> PathBuf {
    dir.join(program_name(dir))
}

/// The basename of the project directory (resolving `.` and `..`), or
/// `main` for a directory without a name such as `/`.
pub fn program_name(dir: &Path) -> OsString {
    let named = |p: &Path| {
        p.file_name()
            .filter(|n| *n != OsStr::new(".."))
            .map(OsStr::to_os_string)
    };
    named(dir)
        .or_else(|| dir.canonicalize().ok().as_deref().and_then(named))
        .unwrap_or_else(|| OsString::from("main"))
}

/// `<output>.ll`.
pub fn llvm_ir_path(output: &Path) -> PathBuf {
    let mut path = output.as_os_str().to_os_string();
    path.push(".ll");
    PathBuf::from(path)
}

/// The exit status to forward: the program's own, or 128 + the signal.
fn exit_code_of(status: ExitStatus) -> i32 {
    if let Some(code) = status.code() {
        return code;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return 128 + signal;
        }
    }
    EXIT_FAILURE
}
