//! Checks that a MIR program is well formed before any LLVM object is
//! built, so that a lowering bug becomes an error message instead of an
//! out-of-range index or a malformed module.

use crate::runtime;
use mesh_mir::mir::{Function, Operand, Program, Rvalue, Stmt, Terminator};

/// Symbols the code generator defines or declares itself.
const RESERVED: &[&str] = &[
    "main",
    runtime::MESH_MAIN,
    runtime::RT_MAIN,
    runtime::PANIC,
    "fmod",
];

pub fn validate(program: &Program) -> Result<(), String> {
    if program.entry.0 as usize >= program.functions.len() {
        return Err("internal error: the MIR entry function does not exist".into());
    }
    for desc_use in program.statics.iter().map(|s| s.desc.0) {
        if desc_use as usize >= program.descs.len() {
            return Err("internal error: a static object has an unknown descriptor".into());
        }
    }
    for function in &program.functions {
        check_function(program, function)
            .map_err(|e| format!("internal error: malformed MIR in `{}`: {e}", function.name))?;
    }
    Ok(())
}

fn check_function(program: &Program, f: &Function) -> Result<(), String> {
    if f.blocks.is_empty() {
        return Err("no blocks".into());
    }
    let var = |v: mesh_mir::mir::VarId| {
        if (v.0 as usize) < f.vars.len() {
            Ok(())
        } else {
            Err(format!("unknown variable %{}", v.0))
        }
    };
    let operand = |o: &Operand| match o {
        Operand::Var(v) => var(*v),
        Operand::Int(_) | Operand::Float(_) => Ok(()),
        Operand::Str(s) if (s.0 as usize) < program.strings.len() => Ok(()),
        Operand::Static(s) if (s.0 as usize) < program.statics.len() => Ok(()),
        Operand::FnAddr(g) if (g.0 as usize) < program.functions.len() => Ok(()),
        other => Err(format!("unknown constant {other:?}")),
    };
    let block = |b: mesh_mir::mir::BlockId| {
        if (b.0 as usize) < f.blocks.len() {
            Ok(())
        } else {
            Err(format!("unknown block bb{}", b.0))
        }
    };
    for p in &f.params {
        var(*p)?;
    }
    for b in &f.blocks {
        for stmt in &b.stmts {
            match stmt {
                Stmt::Assign(v, value) => {
                    var(*v)?;
                    match value {
                        Rvalue::Use(a) | Rvalue::Unary(_, a) | Rvalue::Load { base: a, .. } => {
                            operand(a)?
                        }
                        Rvalue::Binary(_, a, c) => {
                            operand(a)?;
                            operand(c)?;
                        }
                        Rvalue::Call(callee, args) => {
                            let target = program
                                .functions
                                .get(callee.0 as usize)
                                .ok_or_else(|| format!("call of unknown function #{}", callee.0))?;
                            if target.params.len() != args.len() {
                                return Err(format!(
                                    "call of `{}` with {} arguments (it takes {})",
                                    target.name,
                                    args.len(),
                                    target.params.len()
                                ));
                            }
                            args.iter().try_for_each(operand)?;
                        }
                        Rvalue::CallRuntime(symbol, args) => {
                            if RESERVED.contains(&symbol.as_str()) {
                                return Err(format!(
                                    "runtime call of the reserved symbol `{symbol}`"
                                ));
                            }
                            args.iter().try_for_each(operand)?;
                        }
                        Rvalue::Alloc { desc, .. } => {
                            if desc.0 as usize >= program.descs.len() {
                                return Err(format!("unknown descriptor d{}", desc.0));
                            }
                        }
                        Rvalue::ListFromArray(items) => items.iter().try_for_each(operand)?,
                    }
                }
                Stmt::Store { base, value, .. } => {
                    operand(base)?;
                    operand(value)?;
                }
            }
        }
        match &b.terminator {
            Terminator::Goto(t) => block(*t)?,
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => {
                operand(cond)?;
                block(*then_block)?;
                block(*else_block)?;
            }
            Terminator::Return(value) => operand(value)?,
            Terminator::Panic { .. } | Terminator::Unreachable => {}
        }
    }
    Ok(())
}
