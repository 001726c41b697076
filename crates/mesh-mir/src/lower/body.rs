//! Lowering of one function instance: HIR expressions and statements to
//! blocks, with the instance's type arguments substituted everywhere.
//!
//! Expressions are lowered either for their value (`lower_value`) or in tail
//! position (`lower_tail`, which ends the block with a `return`). In tail
//! position a call of the instance itself becomes an assignment of the
//! parameters and a jump to `bb0` (language §3.1.7). Tail positions: the
//! body, the last expression of a tail block, both branches of a tail `if`,
//! the arms of a tail `case` or `receive`, and the operand of `return`. A `Body` also
//! builds each lambda lifted out of the instance (`closures`), with the
//! same type arguments; there a `return` leaves the lambda and no call is a
//! self tail call.

use super::builder::FnBuilder;
use super::types::{self, value_kind};
use super::{FnValue, Lowerer};
use crate::mir::{self, BlockId, Operand, Rvalue, Terminator, TypeDesc, ValueKind, VarId};
use mesh_check::hir::{self, BinOp, Callee, Expr, ExprKind, FnId, Stmt, UnOp};
use mesh_check::types::Type;
use mesh_syntax::Span;

/// Lowers the instance of `fn_id` for the concrete `type_args`.
pub fn lower_function(lw: &mut Lowerer, fn_id: FnId, type_args: Vec<Type>) -> mir::Function {
    let hir = lw.hir;
    let func = &hir.functions[fn_id.0 as usize];
    let mut b = FnBuilder::new();
    let subst = |ty: &Type| ty.substitute(&func.type_params, &type_args);
    let locals: Vec<Option<VarId>> = func
        .locals
        .iter()
        .map(|l| Some(b.new_var(Some(l.name.clone()), value_kind(&subst(&l.ty)))))
        .collect();
    let params: Vec<VarId> = func
        .params
        .iter()
        .filter_map(|p| locals[p.0 as usize])
        .collect();
    let ret = value_kind(&subst(&func.ret));
    let name = lw.instance_name(fn_id, &type_args);
    let mut body = Body {
        lw,
        b,
        func,
        fn_id,
        type_args,
        name: name.clone(),
        locals,
        self_params: Some(params.clone()),
        loops: Vec::new(),
        lambdas: 0,
    };
    body.lower_tail(&func.body);
    body.b.finish(name, params, ret)
}

/// Where the value of a branch goes.
#[derive(Clone, Copy)]
pub(super) enum Dest {
    /// Returned from the function (tail position).
    Return,
    /// Assigned to the variable, then on to the join block.
    Join(VarId, BlockId),
}

pub(super) struct Body<'l, 'h> {
    pub lw: &'l mut Lowerer<'h>,
    pub b: FnBuilder,
    /// The HIR function whose instance (or one of whose lambdas) is built.
    pub func: &'h hir::Function,
    pub fn_id: FnId,
    pub type_args: Vec<Type>,
    /// The symbol of the MIR function being built; lambdas are named after it.
    pub name: String,
    /// The variable of each HIR local, created on first use in lambdas.
    pub locals: Vec<Option<VarId>>,
    /// The parameters of a named function's instance, which its self tail
    /// calls assign before jumping to `bb0`; `None` in a lambda.
    pub self_params: Option<Vec<VarId>>,
    /// The enclosing loops of the function being built, innermost last.
    pub loops: Vec<LoopTargets>,
    /// Lambdas lifted out of this function so far (for their names).
    pub lambdas: u32,
}

/// Where `continue` and `break` go inside a loop.
#[derive(Clone, Copy)]
pub(super) struct LoopTargets {
    pub next: BlockId,
    pub exit: BlockId,
}

impl<'l, 'h> Body<'l, 'h> {
    /// `ty` with the instance's type arguments substituted.
    pub fn subst(&self, ty: &Type) -> Type {
        ty.substitute(&self.func.type_params, &self.type_args)
    }

    pub fn local(&mut self, local: hir::LocalId) -> VarId {
        if let Some(var) = self.locals[local.0 as usize] {
            return var;
        }
        let info = &self.func.locals[local.0 as usize];
        let kind = value_kind(&self.subst(&info.ty));
        let var = self.b.new_var(Some(info.name.clone()), kind);
        self.locals[local.0 as usize] = Some(var);
        var
    }

    /// Lowers `e` in tail position: its value is returned.
    pub fn lower_tail(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Block { stmts, value } => {
                self.lower_stmts(stmts);
                self.lower_tail(value);
            }
            ExprKind::If {
                cond,
                then_branch,
                else_branch,
            } => self.lower_if(cond, then_branch, else_branch, Dest::Return),
            ExprKind::Case { scrutinee, arms } => {
                self.lower_case(scrutinee, arms, Dest::Return, e.span)
            }
            ExprKind::Receive {
                message,
                arms,
                after,
            } => self.lower_receive(message, arms, after.as_ref(), Dest::Return, e.span),
            ExprKind::Return(value) => self.lower_tail(value),
            ExprKind::Call {
                callee: Callee::Fn(id),
                type_args,
                args,
            } if self.is_self_call(*id, type_args) => self.self_tail_call(args),
            _ => {
                let value = self.lower_value(e);
                self.b.terminate(Terminator::Return(value));
            }
        }
    }

    fn is_self_call(&self, callee: FnId, type_args: &[Type]) -> bool {
        self.self_params.is_some()
            && callee == self.fn_id
            && type_args
                .iter()
                .map(|t| self.subst(t))
                .eq(self.type_args.iter().cloned())
    }

    /// Evaluates the arguments, assigns them to the parameters and jumps
    /// back to the start of the function.
    fn self_tail_call(&mut self, args: &[Expr]) {
        let params = self.self_params.clone().unwrap_or_default();
        let mut values = Vec::with_capacity(args.len());
        for (i, arg) in args.iter().enumerate() {
            let value = self.lower_value(arg);
            // Parameters are assigned in order, so an argument reading an
            // earlier parameter must keep that parameter's old value.
            let value = match value {
                Operand::Var(var) if params[..i].contains(&var) => {
                    let kind = value_kind(&self.subst(&arg.ty));
                    let copy = self.b.new_var(None, kind);
                    self.b.assign(copy, Rvalue::Use(value));
                    Operand::Var(copy)
                }
                other => other,
            };
            values.push(value);
        }
        for (param, value) in params.into_iter().zip(values) {
            if value != Operand::Var(param) {
                self.b.assign(param, Rvalue::Use(value));
            }
        }
        self.b.terminate(Terminator::Goto(BlockId(0)));
    }

    /// Lowers `e` so that its value goes to `dest`.
    pub(super) fn lower_into(&mut self, e: &Expr, dest: Dest) {
        match dest {
            Dest::Return => self.lower_tail(e),
            Dest::Join(var, join) => {
                let value = self.lower_value(e);
                self.b.assign(var, Rvalue::Use(value));
                self.b.terminate(Terminator::Goto(join));
            }
        }
    }

    /// Lowers a branching expression for its value through a join variable.
    fn lower_joined(&mut self, e: &Expr, lower: impl FnOnce(&mut Self, Dest)) -> Operand {
        let result = self.b.new_var(None, value_kind(&self.subst(&e.ty)));
        let join = self.b.new_block();
        lower(self, Dest::Join(result, join));
        self.b.switch_to(join);
        Operand::Var(result)
    }

    pub fn lower_stmts(&mut self, stmts: &[Stmt]) {
        for stmt in stmts {
            match stmt {
                Stmt::Let { pat, value } => {
                    let value = self.lower_value(value);
                    let fail = self.match_failure(pat.span);
                    self.match_pattern(pat, value, fail);
                }
                // A `for` whose list nobody uses does not build it.
                Stmt::Expr(Expr {
                    kind:
                        ExprKind::For {
                            pat,
                            source,
                            filter,
                            body,
                        },
                    ..
                }) => {
                    self.lower_for(pat, source, filter.as_deref(), body, false);
                }
                Stmt::Expr(e) => {
                    self.lower_value(e);
                }
            }
        }
    }

    /// A block that panics with "non-exhaustive match" at `span`.
    pub fn match_failure(&mut self, span: Span) -> BlockId {
        let (file, line) = self.lw.location(span);
        self.b.new_block_with(Terminator::Panic {
            message: "non-exhaustive match".into(),
            file,
            line,
        })
    }

    /// Lowers `e` for its value.
    pub fn lower_value(&mut self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Int(n) => Operand::Int(*n),
            ExprKind::Float(x) => Operand::Float(*x),
            ExprKind::Bool(v) => Operand::Int(*v as i64),
            ExprKind::Unit => Operand::Int(0),
            ExprKind::Str(text) | ExprKind::Atom(text) => self.lw.string(text),
            ExprKind::Local(local) => Operand::Var(self.local(*local)),
            ExprKind::FnRef { func, type_args } => {
                let type_args = type_args.iter().map(|t| self.subst(t)).collect();
                self.lw
                    .function_value(FnValue::Fn(*func, type_args), e.span)
            }
            ExprKind::ExternRef { func, type_args } => {
                let type_args = type_args.iter().map(|t| self.subst(t)).collect();
                self.lw
                    .function_value(FnValue::Extern(*func, type_args), e.span)
            }
            ExprKind::Lambda {
                params,
                captures,
                body,
            } => self.lower_lambda(params, captures, body, e),
            ExprKind::CallValue { callee, args } => self.lower_call_value(callee, args, e),
            ExprKind::Struct { ty, fields } => self.lower_struct(*ty, fields, e),
            ExprKind::Field { base, index } => self.lower_field(base, *index, e),
            ExprKind::UpdateStruct { base, fields } => self.lower_update(base, fields, e),
            ExprKind::While { cond, body } => self.lower_while(cond, body),
            ExprKind::For {
                pat,
                source,
                filter,
                body,
            } => self.lower_for(pat, source, filter.as_deref(), body, true),
            ExprKind::Break | ExprKind::Continue => {
                self.lower_loop_exit(matches!(e.kind, ExprKind::Break), e.span);
                Operand::Int(0)
            }
            ExprKind::Call {
                callee,
                type_args,
                args,
            } => self.lower_call(*callee, type_args, args, e),
            ExprKind::TraitCall {
                interface,
                method,
                self_ty,
                type_args,
                args,
            } => {
                let self_ty = self.subst(self_ty);
                let type_args = type_args.iter().map(|t| self.subst(t)).collect();
                let arg_types: Vec<Type> = args.iter().map(|a| self.subst(&a.ty)).collect();
                let values = args.iter().map(|a| self.lower_value(a)).collect();
                let ret = self.subst(&e.ty);
                self.lw.trait_call(
                    &mut self.b,
                    interface,
                    method,
                    &self_ty,
                    type_args,
                    values,
                    &arg_types,
                    &ret,
                    e.span,
                )
            }
            ExprKind::Binary {
                op: op @ (BinOp::And | BinOp::Or),
                lhs,
                rhs,
            } => self.lower_joined(e, |this, dest| {
                this.lower_short_circuit(*op, lhs, rhs, dest)
            }),
            ExprKind::Binary { op, lhs, rhs } => {
                let ty = self.subst(&lhs.ty);
                let lhs = self.lower_value(lhs);
                let rhs = self.lower_value(rhs);
                self.lw.binary(&mut self.b, *op, &ty, lhs, rhs, e.span)
            }
            ExprKind::Unary { op, operand } => {
                let ty = self.subst(&operand.ty);
                let value = self.lower_value(operand);
                self.lower_unary(*op, &ty, value, e.span)
            }
            ExprKind::StringConcat(parts) => {
                let parts = parts.iter().map(|p| self.lower_value(p)).collect();
                self.lw.concat_all(&mut self.b, parts)
            }
            ExprKind::Block { stmts, value } => {
                self.lower_stmts(stmts);
                self.lower_value(value)
            }
            ExprKind::If {
                cond,
                then_branch,
                else_branch,
            } => self.lower_joined(e, |this, dest| {
                this.lower_if(cond, then_branch, else_branch, dest)
            }),
            ExprKind::Case { scrutinee, arms } => self.lower_joined(e, |this, dest| {
                this.lower_case(scrutinee, arms, dest, e.span)
            }),
            ExprKind::Receive {
                message,
                arms,
                after,
            } => self.lower_joined(e, |this, dest| {
                this.lower_receive(message, arms, after.as_ref(), dest, e.span)
            }),
            ExprKind::Return(value) => {
                self.lower_tail(value);
                Operand::Int(0)
            }
            ExprKind::Tuple(items) => {
                let item_types = match self.subst(&e.ty) {
                    Type::Tuple(types) => types,
                    _ => items.iter().map(|i| self.subst(&i.ty)).collect(),
                };
                let desc = TypeDesc {
                    kind: mir::KIND_TUPLE,
                    n_fields: items.len() as u32,
                    ptr_mask: types::ptr_mask(&item_types),
                    name: self.lw.type_text(&Type::Tuple(item_types.clone())),
                };
                self.allocate(desc, Vec::new(), items)
            }
            ExprKind::List(items) => {
                let items = items.iter().map(|i| self.lower_value(i)).collect();
                self.b.temp(ValueKind::Ptr, Rvalue::ListFromArray(items))
            }
            ExprKind::Construct { ty, variant, args } => {
                if args.is_empty() {
                    return self.lw.nullary_variant(*ty, *variant);
                }
                let field_types: Vec<Type> = match self.subst(&e.ty) {
                    Type::Named(_, type_args) => types::sum_variants(self.lw.hir, *ty, &type_args)
                        .and_then(|variants| variants.into_iter().nth(*variant as usize))
                        .map(|(_, fields)| fields),
                    _ => None,
                }
                .unwrap_or_else(|| args.iter().map(|a| self.subst(&a.ty)).collect());
                let desc = TypeDesc {
                    kind: mir::KIND_SUM,
                    n_fields: 1 + args.len() as u32,
                    ptr_mask: types::ptr_mask(&field_types) << 1,
                    name: types::bare_name(self.lw.hir, *ty).to_string(),
                };
                self.allocate(desc, vec![Operand::Int(*variant as i64)], args)
            }
        }
    }

    /// Allocates an object whose fields are the `leading` words followed by
    /// the values of `items`.
    pub fn allocate(&mut self, desc: TypeDesc, leading: Vec<Operand>, items: &[Expr]) -> Operand {
        let values: Vec<Operand> = items.iter().map(|i| self.lower_value(i)).collect();
        let fields = desc.n_fields;
        let desc = self.lw.desc(desc);
        let object = self.b.temp(ValueKind::Ptr, Rvalue::Alloc { desc, fields });
        for (i, value) in leading.into_iter().chain(values).enumerate() {
            self.b.store(object.clone(), i as u32, value);
        }
        object
    }

    fn lower_call(
        &mut self,
        callee: Callee,
        type_args: &[Type],
        args: &[Expr],
        e: &Expr,
    ) -> Operand {
        let kind = value_kind(&self.subst(&e.ty));
        match callee {
            Callee::Fn(id) => {
                let type_args = type_args.iter().map(|t| self.subst(t)).collect();
                let values = args.iter().map(|a| self.lower_value(a)).collect();
                let target = self.lw.instance(id, type_args, e.span);
                self.b.temp(kind, Rvalue::Call(target, values))
            }
            Callee::Extern(id) => {
                let type_args: Vec<Type> = type_args.iter().map(|t| self.subst(t)).collect();
                let arg_types: Vec<Type> = args.iter().map(|a| self.subst(&a.ty)).collect();
                let values = args.iter().map(|a| self.lower_value(a)).collect();
                let ret = self.subst(&e.ty);
                self.lw.extern_call(
                    &mut self.b,
                    id,
                    &type_args,
                    values,
                    &arg_types,
                    &ret,
                    e.span,
                )
            }
        }
    }

    /// `lhs and rhs` / `lhs or rhs`: `rhs` is evaluated only when needed.
    fn lower_short_circuit(&mut self, op: BinOp, lhs: &Expr, rhs: &Expr, dest: Dest) {
        let left = self.lower_value(lhs);
        let evaluate_rhs = self.b.new_block();
        let (short_value, short) = (op == BinOp::Or, self.b.new_block());
        let (then_block, else_block) = if op == BinOp::And {
            (evaluate_rhs, short)
        } else {
            (short, evaluate_rhs)
        };
        self.b.terminate(Terminator::Branch {
            cond: left,
            then_block,
            else_block,
        });
        self.b.switch_to(short);
        let constant = Expr {
            kind: ExprKind::Bool(short_value),
            ty: Type::Bool,
            span: lhs.span,
        };
        self.lower_into(&constant, dest);
        self.b.switch_to(evaluate_rhs);
        self.lower_into(rhs, dest);
    }

    fn lower_unary(&mut self, op: UnOp, ty: &Type, value: Operand, span: Span) -> Operand {
        match (op, ty) {
            (UnOp::Neg, Type::Int) => self
                .b
                .temp(ValueKind::Int, Rvalue::Unary(mir::UnOp::IntNeg, value)),
            (UnOp::Neg, Type::Float) => self
                .b
                .temp(ValueKind::Float, Rvalue::Unary(mir::UnOp::FloatNeg, value)),
            (UnOp::Not, Type::Bool) => self
                .b
                .temp(ValueKind::Bool, Rvalue::Unary(mir::UnOp::Not, value)),
            _ => {
                let operator = if op == UnOp::Neg { "-" } else { "not" };
                let what = format!("operator `{operator}` on `{}`", self.lw.type_text(ty));
                self.lw.unsupported(&what, span);
                Operand::Int(0)
            }
        }
    }

    fn lower_if(&mut self, cond: &Expr, then_branch: &Expr, else_branch: &Expr, dest: Dest) {
        let cond = self.lower_value(cond);
        let then_block = self.b.new_block();
        let else_block = self.b.new_block();
        self.b.terminate(Terminator::Branch {
            cond,
            then_block,
            else_block,
        });
        self.b.switch_to(then_block);
        self.lower_into(then_branch, dest);
        self.b.switch_to(else_block);
        self.lower_into(else_branch, dest);
    }

    /// Tests `value` against `arm`'s pattern (binding its variables) and
    /// guard; a failed test goes to `next_arm`.
    pub(super) fn enter_arm(&mut self, arm: &hir::Arm, value: Operand, next_arm: mir::BlockId) {
        self.match_pattern(&arm.pat, value, next_arm);
        if let Some(guard) = &arm.guard {
            let passed = self.lower_value(guard);
            self.b.branch_or(passed, next_arm);
        }
    }

    /// Tries the arms in order: pattern tests, bindings, guard, body. No
    /// matching arm panics with "non-exhaustive match".
    fn lower_case(&mut self, scrutinee: &Expr, arms: &[hir::Arm], dest: Dest, span: Span) {
        let value = self.lower_value(scrutinee);
        for arm in arms {
            let next_arm = self.b.new_block();
            self.enter_arm(arm, value.clone(), next_arm);
            self.lower_into(&arm.body, dest);
            self.b.switch_to(next_arm);
        }
        let (file, line) = self.lw.location(span);
        self.b.terminate(Terminator::Panic {
            message: "non-exhaustive match".into(),
            file,
            line,
        });
    }
}
