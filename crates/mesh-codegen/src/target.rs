//! The target machine (host by default, or `Options::target`) and the
//! optimisation pipeline run through the new pass manager.

use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple,
};
use inkwell::OptimizationLevel;

/// A target machine for `triple` (the host when `None`) at `opt_level`.
pub fn machine(triple: Option<&str>, opt_level: u8) -> Result<TargetMachine, String> {
    let level = optimization_level(opt_level);
    let config = InitializationConfig::default();
    let (triple, cpu, features) = match triple {
        None => {
            Target::initialize_native(&config)
                .map_err(|e| format!("cannot initialise the host target: {e}"))?;
            (
                TargetMachine::get_default_triple(),
                TargetMachine::get_host_cpu_name().to_string(),
                TargetMachine::get_host_cpu_features().to_string(),
            )
        }
        Some(triple) => {
            Target::initialize_all(&config);
            (
                TargetTriple::create(triple),
                "generic".to_string(),
                String::new(),
            )
        }
    };
    let target =
        Target::from_triple(&triple).map_err(|e| format!("unknown target `{triple}`: {e}"))?;
    // Position-independent code: the system `cc` links PIE executables.
    target
        .create_target_machine(
            &triple,
            &cpu,
            &features,
            level,
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| format!("cannot create a target machine for `{triple}`"))
}

/// The LLVM level for `opt_level`: 0 none, 1 light, 2 and above the
/// default pipeline.
fn optimization_level(opt_level: u8) -> OptimizationLevel {
    match opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        _ => OptimizationLevel::Default,
    }
}

/// Sets the module's triple and data layout for `machine`.
pub fn configure(module: &Module, machine: &TargetMachine) {
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
}

/// Runs the pass pipeline for `opt_level`: none at 0, `default<O1>` at 1,
/// `default<O2>` from 2 on.
pub fn optimise(module: &Module, machine: &TargetMachine, opt_level: u8) -> Result<(), String> {
    let pipeline = match opt_level {
        0 => return Ok(()),
        1 => "default<O1>",
        _ => "default<O2>",
    };
    module
        .run_passes(pipeline, machine, PassBuilderOptions::create())
        .map_err(|e| format!("internal error: LLVM optimisation failed: {e}"))
}
