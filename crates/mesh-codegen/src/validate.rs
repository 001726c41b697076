//! Checks that a MIR program is well formed before any LLVM object is
//! built, so that a lowering bug becomes an error message instead of an
//! out-of-range index or a malformed module.

use crate::runtime;
use mesh_mir::mir::{Function, Operand, Program, Rvalue, Stmt, Terminator, TypeInfo};

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
    for object in &program.statics {
        if object.desc.0 as usize >= program.descs.len() {
            return Err("internal error: a static object has an unknown descriptor".into());
        }
        let constant = |o: &Operand| match o {
            Operand::Int(_) | Operand::Float(_) => true,
            Operand::Str(s) => (s.0 as usize) < program.strings.len(),
            Operand::FnAddr(f) => (f.0 as usize) < program.functions.len(),
            Operand::Var(_) | Operand::Static(_) | Operand::TypeInfo(_) => false,
        };
        if !object.fields.iter().all(constant) {
            return Err("internal error: a static object has a non-constant field".into());
        }
    }
    for info in &program.type_infos {
        if let TypeInfo::Generated {
            eq,
            cmp,
            hash,
            to_string,
            copy,
            ..
        } = info
        {
            let arities = [
                (Some(*eq), 2),
                (*cmp, 2),
                (*hash, 1),
                (*to_string, 1),
                (Some(*copy), 1),
            ];
            for (f, arity) in arities {
                if let Some(f) = f {
                    match program.functions.get(f.0 as usize) {
                        Some(function) if function.params.len() == arity => {}
                        _ => {
                            return Err(
                                "internal error: a type info has a malformed function".into()
                            )
                        }
                    }
                }
            }
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
        Operand::TypeInfo(t) if (t.0 as usize) < program.type_infos.len() => Ok(()),
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
                        Rvalue::CallIndirect { code, args } => {
                            operand(code)?;
                            args.iter().try_for_each(operand)?;
                        }
                        Rvalue::CallTypeInfo { info, slot, args } => {
                            let present = match program.type_infos.get(info.0 as usize) {
                                Some(TypeInfo::Runtime(_)) => true,
                                Some(TypeInfo::Generated {
                                    cmp,
                                    hash,
                                    to_string,
                                    ..
                                }) => match slot {
                                    mesh_mir::mir::TypeInfoSlot::Eq => true,
                                    mesh_mir::mir::TypeInfoSlot::Cmp => cmp.is_some(),
                                    mesh_mir::mir::TypeInfoSlot::Hash => hash.is_some(),
                                    mesh_mir::mir::TypeInfoSlot::ToString => to_string.is_some(),
                                },
                                None => false,
                            };
                            if !present {
                                return Err(format!(
                                    "call of a missing type info function ti{}",
                                    info.0
                                ));
                            }
                            args.iter().try_for_each(operand)?;
                        }
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
