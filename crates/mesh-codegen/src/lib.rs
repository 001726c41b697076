//! mesh-codegen: MIR to LLVM IR (inkwell, LLVM 19), optimisation, object
//! emission and linking with the runtime.
//!
//! Every failure is returned as `Err(message)`: a module that LLVM rejects
//! is an internal error of the compiler, never a crash.

mod emit;
mod link;
mod reductions;
mod runtime;
mod target;
mod unroll;
mod validate;

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::targets::{FileType, TargetMachine};
use mesh_mir::mir::Program;
use std::path::Path;

/// Code generation settings.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// 0 runs no LLVM passes, 1 runs `default<O1>`, 2 and above `default<O2>`.
    pub opt_level: u8,
    /// An LLVM target triple; `None` means the host.
    pub target: Option<String>,
}

/// The textual LLVM IR of `program`, verified and optimised per `opts`.
pub fn emit_llvm_ir(program: &Program, opts: &Options) -> Result<String, String> {
    let context = Context::create();
    let machine = target::machine(opts.target.as_deref(), opts.opt_level)?;
    let module = compile(&context, program, &machine, opts)?;
    Ok(module.print_to_string().to_string())
}

/// Compiles `program` to an executable at `output`, linked with the runtime
/// static library `runtime_lib`; also writes the final LLVM IR to
/// `llvm_ir_out` when given.
pub fn build_executable(
    program: &Program,
    opts: &Options,
    output: &Path,
    llvm_ir_out: Option<&Path>,
    runtime_lib: &Path,
) -> Result<(), String> {
    let context = Context::create();
    let machine = target::machine(opts.target.as_deref(), opts.opt_level)?;
    let module = compile(&context, program, &machine, opts)?;
    if let Some(path) = llvm_ir_out {
        module
            .print_to_file(path)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let dir =
        tempfile::tempdir().map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let object = dir.path().join("program.o");
    machine
        .write_to_file(&module, FileType::Object, &object)
        .map_err(|e| format!("cannot write the object file: {e}"))?;
    link::link(&object, runtime_lib, output)
}

/// The verified, optimised module of `program`.
fn compile<'ctx>(
    context: &'ctx Context,
    program: &Program,
    machine: &TargetMachine,
    opts: &Options,
) -> Result<Module<'ctx>, String> {
    if program.has_errors() {
        let messages: Vec<&str> = program
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.message.as_str())
            .collect();
        return Err(format!(
            "cannot compile the program: {}",
            messages.join("; ")
        ));
    }
    validate::validate(program)?;
    let module = context.create_module("mesh_program");
    target::configure(&module, machine);
    let module = emit::emit_module(context, module, program, opts.opt_level >= 2)?;
    module.verify().map_err(|e| {
        format!(
            "internal error: invalid LLVM module: {}",
            e.to_string().trim_end()
        )
    })?;
    target::optimise(&module, machine, opts.opt_level)?;
    Ok(module)
}
