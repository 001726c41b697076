//! The readable text form of a MIR program, for snapshots and debugging.
//!
//! String constants are shown inline as quoted text, static objects as
//! `oN`, descriptors as `dN`, variables as `%N` (their source name, if any,
//! in the function header).

use crate::mir::{
    BinOp, Function, Operand, Program, Rvalue, Stmt, Terminator, TypeInfo, TypeInfoSlot, UnOp,
    ValueKind,
};
use std::fmt::Write;

pub fn render(program: &Program) -> String {
    let mut out = String::new();
    for (i, desc) in program.descs.iter().enumerate() {
        let _ = writeln!(
            out,
            "desc d{i} = {{ kind: {}, fields: {}, ptr_mask: {:#b}, name: {:?} }}",
            desc.kind, desc.n_fields, desc.ptr_mask, desc.name
        );
    }
    for (i, object) in program.statics.iter().enumerate() {
        let _ = writeln!(
            out,
            "static o{i} = d{} [{}]",
            object.desc.0,
            operands(program, &object.fields)
        );
    }
    for (i, info) in program.type_infos.iter().enumerate() {
        let text = match info {
            TypeInfo::Runtime(symbol) => format!("@{symbol}"),
            TypeInfo::Generated {
                is_pointer,
                eq,
                cmp,
                hash,
                to_string,
                name,
                copy,
            } => {
                let f = |id: &Option<crate::mir::FuncId>| match id {
                    Some(id) => format!("&{}", program.functions[id.0 as usize].name),
                    None => "none".to_string(),
                };
                format!(
                    "{{ pointer: {is_pointer}, eq: {}, cmp: {}, hash: {}, to_string: {}, name: {name:?}, copy: {} }}",
                    f(&Some(*eq)),
                    f(cmp),
                    f(hash),
                    f(to_string),
                    f(&Some(*copy))
                )
            }
        };
        let _ = writeln!(out, "typeinfo ti{i} = {text}");
    }
    let _ = writeln!(
        out,
        "entry {}",
        program.functions[program.entry.0 as usize].name
    );
    for function in &program.functions {
        out.push('\n');
        render_function(program, function, &mut out);
    }
    out
}

fn render_function(program: &Program, f: &Function, out: &mut String) {
    let var = |v: crate::mir::VarId| {
        let info = &f.vars[v.0 as usize];
        match &info.name {
            Some(name) => format!("%{} {}: {}", v.0, name, kind_text(info.kind)),
            None => format!("%{}: {}", v.0, kind_text(info.kind)),
        }
    };
    let params: Vec<String> = f.params.iter().map(|p| var(*p)).collect();
    let _ = writeln!(
        out,
        "fn {}({}) -> {} {{",
        f.name,
        params.join(", "),
        kind_text(f.ret)
    );
    let locals: Vec<String> = (0..f.vars.len() as u32)
        .map(crate::mir::VarId)
        .filter(|v| !f.params.contains(v))
        .map(var)
        .collect();
    if !locals.is_empty() {
        let _ = writeln!(out, "  vars {}", locals.join(", "));
    }
    for (i, block) in f.blocks.iter().enumerate() {
        let _ = writeln!(out, "bb{i}:");
        for stmt in &block.stmts {
            let text = match stmt {
                Stmt::Assign(v, value) => format!("%{} = {}", v.0, rvalue(program, value)),
                Stmt::Store { base, field, value } => {
                    format!(
                        "store {}[{field}] = {}",
                        operand(program, base),
                        operand(program, value)
                    )
                }
            };
            let _ = writeln!(out, "  {text}");
        }
        let text = match &block.terminator {
            Terminator::Goto(b) => format!("goto bb{}", b.0),
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => {
                format!(
                    "branch {} ? bb{} : bb{}",
                    operand(program, cond),
                    then_block.0,
                    else_block.0
                )
            }
            Terminator::Return(value) => format!("return {}", operand(program, value)),
            Terminator::Panic {
                message,
                file,
                line,
            } => format!("panic {message:?} at {file}:{line}"),
            Terminator::Unreachable => "unreachable".to_string(),
        };
        let _ = writeln!(out, "  {text}");
    }
    out.push_str("}\n");
}

fn kind_text(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Int => "Int",
        ValueKind::Float => "Float",
        ValueKind::Bool => "Bool",
        ValueKind::Unit => "Unit",
        ValueKind::Ptr => "Ptr",
    }
}

fn operand(program: &Program, op: &Operand) -> String {
    match op {
        Operand::Var(v) => format!("%{}", v.0),
        Operand::Int(n) => n.to_string(),
        Operand::Float(x) => format!("{x:?}"),
        Operand::Str(s) => format!("{:?}", program.strings[s.0 as usize]),
        Operand::Static(o) => format!("o{}", o.0),
        Operand::FnAddr(f) => format!("&{}", program.functions[f.0 as usize].name),
        Operand::TypeInfo(t) => format!("ti{}", t.0),
    }
}

fn operands(program: &Program, ops: &[Operand]) -> String {
    ops.iter()
        .map(|o| operand(program, o))
        .collect::<Vec<_>>()
        .join(", ")
}

fn rvalue(program: &Program, value: &Rvalue) -> String {
    match value {
        Rvalue::Use(op) => operand(program, op),
        Rvalue::Binary(op, a, b) => format!(
            "{} {}, {}",
            binop_text(*op),
            operand(program, a),
            operand(program, b)
        ),
        Rvalue::Unary(op, a) => {
            let name = match op {
                UnOp::IntNeg => "neg.i",
                UnOp::FloatNeg => "neg.f",
                UnOp::Not => "not",
            };
            format!("{name} {}", operand(program, a))
        }
        Rvalue::Call(f, args) => format!(
            "call {}({})",
            program.functions[f.0 as usize].name,
            operands(program, args)
        ),
        Rvalue::CallRuntime(symbol, args) => format!("call @{symbol}({})", operands(program, args)),
        Rvalue::Alloc { desc, fields } => format!("alloc d{}, {fields}", desc.0),
        Rvalue::Load { base, field } => format!("load {}[{field}]", operand(program, base)),
        Rvalue::ListFromArray(items) => format!("list [{}]", operands(program, items)),
        Rvalue::CallIndirect { code, args } => format!(
            "call *{}({})",
            operand(program, code),
            operands(program, args)
        ),
        Rvalue::CallTypeInfo { info, slot, args } => {
            let slot = match slot {
                TypeInfoSlot::Eq => "eq",
                TypeInfoSlot::Cmp => "cmp",
                TypeInfoSlot::Hash => "hash",
                TypeInfoSlot::ToString => "to_string",
            };
            format!("call ti{}.{slot}({})", info.0, operands(program, args))
        }
    }
}

fn binop_text(op: BinOp) -> &'static str {
    match op {
        BinOp::IntAdd => "add.i",
        BinOp::IntSub => "sub.i",
        BinOp::IntMul => "mul.i",
        BinOp::IntDiv => "div.i",
        BinOp::IntRem => "rem.i",
        BinOp::IntEq => "eq.i",
        BinOp::IntNe => "ne.i",
        BinOp::IntLt => "lt.i",
        BinOp::IntLe => "le.i",
        BinOp::IntGt => "gt.i",
        BinOp::IntGe => "ge.i",
        BinOp::FloatAdd => "add.f",
        BinOp::FloatSub => "sub.f",
        BinOp::FloatMul => "mul.f",
        BinOp::FloatDiv => "div.f",
        BinOp::FloatRem => "rem.f",
        BinOp::FloatEq => "eq.f",
        BinOp::FloatNe => "ne.f",
        BinOp::FloatLt => "lt.f",
        BinOp::FloatLe => "le.f",
        BinOp::FloatGt => "gt.f",
        BinOp::FloatGe => "ge.f",
    }
}
