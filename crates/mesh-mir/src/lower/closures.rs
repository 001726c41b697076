//! Functions as values (ABI.md "Closures and function values"): lambdas
//! lifted into MIR functions of their own, closure objects, static closure
//! objects with trampolines for named functions and runtime bindings used
//! as values, and calls of function values.
//!
//! A lifted lambda takes `(closure, params...)` and starts by loading its
//! captures (copied into the closure object when it was created) into the
//! variables of the captured locals. Its body is lowered in the instance of
//! the enclosing function (same type arguments); a call of the enclosing
//! function inside it is an ordinary call, never a loop. A lambda without
//! captures is a static closure object, like a named function.

use super::body::Body;
use super::builder::FnBuilder;
use super::types::{self, value_kind};
use super::{FnValue, Lowerer};
use crate::mir::{self, Operand, Rvalue, Terminator, TypeDesc, ValueKind};
use mesh_check::hir::{Expr, LocalId};
use mesh_check::types::Type;
use mesh_syntax::Span;

impl Body<'_, '_> {
    /// Lifts the lambda into its own function and allocates its closure.
    pub fn lower_lambda(
        &mut self,
        params: &[LocalId],
        captures: &[LocalId],
        body: &Expr,
        e: &Expr,
    ) -> Operand {
        self.lambdas += 1;
        let name = format!("{}$lambda{}", self.name, self.lambdas);
        let ret = match self.subst(&e.ty) {
            Type::Fun(_, ret) => value_kind(&ret),
            _ => value_kind(&self.subst(&body.ty)),
        };
        let id = self.lw.reserve();
        let mut inner = Body {
            lw: &mut *self.lw,
            b: FnBuilder::new(),
            func: self.func,
            fn_id: self.fn_id,
            type_args: self.type_args.clone(),
            name: name.clone(),
            locals: vec![None; self.func.locals.len()],
            self_params: None,
            loops: Vec::new(),
            lambdas: 0,
        };
        let closure = inner.b.new_var(Some("closure".into()), ValueKind::Ptr);
        let mut lifted_params = vec![closure];
        lifted_params.extend(params.iter().map(|p| inner.local(*p)));
        for (i, capture) in captures.iter().enumerate() {
            let var = inner.local(*capture);
            inner.b.assign(
                var,
                Rvalue::Load {
                    base: Operand::Var(closure),
                    field: 1 + i as u32,
                },
            );
        }
        inner.lower_tail(body);
        let function = inner.b.finish(name.clone(), lifted_params, ret);
        self.lw.define(id, function);

        let capture_types: Vec<Type> = captures
            .iter()
            .map(|c| self.subst(&self.func.locals[c.0 as usize].ty))
            .collect();
        let desc = TypeDesc {
            kind: mir::KIND_CLOSURE,
            n_fields: 1 + captures.len() as u32,
            ptr_mask: types::ptr_mask(&capture_types) << 1,
            name,
        };
        if captures.is_empty() {
            // Nothing to copy: one static closure object serves every
            // evaluation of this lambda.
            let object = self.lw.static_object(desc, vec![Operand::FnAddr(id)]);
            return Operand::Static(object);
        }
        let values: Vec<Operand> = captures
            .iter()
            .map(|c| Operand::Var(self.local(*c)))
            .collect();
        let fields = desc.n_fields;
        let desc = self.lw.desc(desc);
        let object = self.b.temp(ValueKind::Ptr, Rvalue::Alloc { desc, fields });
        self.b.store(object.clone(), 0, Operand::FnAddr(id));
        for (i, value) in values.into_iter().enumerate() {
            self.b.store(object.clone(), 1 + i as u32, value);
        }
        object
    }

    /// Calls a function value: its code pointer (word 0) with the closure
    /// itself as the hidden first argument.
    pub fn lower_call_value(&mut self, callee: &Expr, args: &[Expr], e: &Expr) -> Operand {
        let closure = self.lower_value(callee);
        let mut values = vec![closure.clone()];
        values.extend(args.iter().map(|a| self.lower_value(a)));
        let code = self.b.temp(
            ValueKind::Int,
            Rvalue::Load {
                base: closure,
                field: 0,
            },
        );
        let kind = value_kind(&self.subst(&e.ty));
        self.b
            .temp(kind, Rvalue::CallIndirect { code, args: values })
    }
}

impl<'h> Lowerer<'h> {
    /// The static closure object of a named function or runtime binding:
    /// its code is a trampoline that ignores the closure argument.
    pub fn function_value(&mut self, value: FnValue, span: Span) -> Operand {
        if let Some(id) = self.fn_values.get(&value) {
            return Operand::Static(*id);
        }
        let id = self.reserve();
        let mut b = FnBuilder::new();
        let closure = b.new_var(Some("closure".into()), ValueKind::Ptr);
        let (name, param_types, ret) = match &value {
            FnValue::Fn(func, type_args) => {
                let f = &self.hir.functions[func.0 as usize];
                let params: Vec<Type> = f
                    .params
                    .iter()
                    .map(|p| {
                        f.locals[p.0 as usize]
                            .ty
                            .substitute(&f.type_params, type_args)
                    })
                    .collect();
                let ret = f.ret.substitute(&f.type_params, type_args);
                (self.instance_name(*func, type_args), params, ret)
            }
            FnValue::Extern(ext, type_args) => {
                let x = &self.hir.externs[ext.0 as usize];
                let params: Vec<Type> = x
                    .params
                    .iter()
                    .map(|t| t.substitute(&x.type_params, type_args))
                    .collect();
                let ret = x.ret.substitute(&x.type_params, type_args);
                let mut name = format!("{}.{}", x.module, x.name);
                if !type_args.is_empty() {
                    name = format!("{name}<{}>", types::list_text(self.hir, type_args));
                }
                (name, params, ret)
            }
        };
        let mut params = vec![closure];
        params.extend(
            param_types
                .iter()
                .enumerate()
                .map(|(i, t)| b.new_var(Some(format!("a{i}")), value_kind(t))),
        );
        let args: Vec<Operand> = params[1..].iter().map(|v| Operand::Var(*v)).collect();
        let kind = value_kind(&ret);
        let result = match &value {
            FnValue::Fn(func, type_args) => {
                let target = self.instance(*func, type_args.clone(), span);
                b.temp(kind, Rvalue::Call(target, args))
            }
            FnValue::Extern(ext, type_args) => {
                self.extern_call(&mut b, *ext, type_args, args, &param_types, &ret, span)
            }
        };
        b.terminate(Terminator::Return(result));
        let name = format!("{name}$value");
        self.define(id, b.finish(name.clone(), params, kind));
        let object = self.static_object(
            TypeDesc {
                kind: mir::KIND_CLOSURE,
                n_fields: 1,
                ptr_mask: 0,
                name,
            },
            vec![Operand::FnAddr(id)],
        );
        self.fn_values.insert(value, object);
        Operand::Static(object)
    }
}
