//! Operations on values of a concrete type, shared by function bodies and
//! generated helpers: the strict binary operators (checked integer
//! division), Display conversion, structural equality and ordering, and
//! string concatenation.

use super::builder::FnBuilder;
use super::{Helper, Lowerer};
use crate::mir::{BinOp, Operand, Rvalue, Terminator, TypeInfoSlot, UnOp, ValueKind};
use mesh_check::hir;
use mesh_check::types::Type;
use mesh_syntax::Span;

impl<'h> Lowerer<'h> {
    /// `lhs op rhs` for operands of type `ty` (every operator but the
    /// short-circuiting `And`/`Or`).
    pub fn binary(
        &mut self,
        b: &mut FnBuilder,
        op: hir::BinOp,
        ty: &Type,
        lhs: Operand,
        rhs: Operand,
        span: Span,
    ) -> Operand {
        use hir::BinOp as H;
        match (op, ty) {
            (H::Add | H::Sub | H::Mul, Type::Int) => {
                let op = match op {
                    H::Add => BinOp::IntAdd,
                    H::Sub => BinOp::IntSub,
                    _ => BinOp::IntMul,
                };
                b.temp(ValueKind::Int, Rvalue::Binary(op, lhs, rhs))
            }
            (H::Div | H::Rem, Type::Int) => self.int_division(b, op == H::Div, lhs, rhs, span),
            (H::Add | H::Sub | H::Mul | H::Div | H::Rem, Type::Float) => {
                let op = match op {
                    H::Add => BinOp::FloatAdd,
                    H::Sub => BinOp::FloatSub,
                    H::Mul => BinOp::FloatMul,
                    H::Div => BinOp::FloatDiv,
                    _ => BinOp::FloatRem,
                };
                b.temp(ValueKind::Float, Rvalue::Binary(op, lhs, rhs))
            }
            (
                H::Eq | H::Ne | H::Lt | H::Gt | H::Le | H::Ge,
                Type::Int | Type::Bool | Type::Unit,
            ) => b.temp(
                ValueKind::Bool,
                Rvalue::Binary(int_comparison(op), lhs, rhs),
            ),
            (H::Eq | H::Ne | H::Lt | H::Gt | H::Le | H::Ge, Type::Float) => {
                let op = match op {
                    H::Eq => BinOp::FloatEq,
                    H::Ne => BinOp::FloatNe,
                    H::Lt => BinOp::FloatLt,
                    H::Gt => BinOp::FloatGt,
                    H::Le => BinOp::FloatLe,
                    _ => BinOp::FloatGe,
                };
                b.temp(ValueKind::Bool, Rvalue::Binary(op, lhs, rhs))
            }
            (H::Eq | H::Ne, _) => {
                let equal = self.eq_value(b, ty, lhs, rhs, span);
                match op {
                    H::Eq => equal,
                    _ => b.temp(ValueKind::Bool, Rvalue::Unary(UnOp::Not, equal)),
                }
            }
            (H::Lt | H::Gt | H::Le | H::Ge, _) => {
                let order = self.cmp_value(b, ty, lhs, rhs, span);
                b.temp(
                    ValueKind::Bool,
                    Rvalue::Binary(int_comparison(op), order, Operand::Int(0)),
                )
            }
            (H::Concat, Type::String) => self.concat(b, lhs, rhs),
            (H::Concat, Type::Named(id, _)) if *id == self.hir.well_known.list => b.temp(
                ValueKind::Ptr,
                Rvalue::CallRuntime("mesh_list_concat".into(), vec![lhs, rhs]),
            ),
            _ => {
                let what = format!(
                    "operator `{}` on `{}`",
                    operator_text(op),
                    self.type_text(ty)
                );
                self.unsupported(&what, span);
                Operand::Int(0)
            }
        }
    }

    /// Integer `/` (`is_div`) or `%`: a zero divisor panics with "division by
    /// zero" at `span`; a divisor of `-1` gives the wrapping negation (`/`)
    /// or `0` (`%`), so the machine division never overflows.
    fn int_division(
        &mut self,
        b: &mut FnBuilder,
        is_div: bool,
        lhs: Operand,
        rhs: Operand,
        span: Span,
    ) -> Operand {
        let op = if is_div { BinOp::IntDiv } else { BinOp::IntRem };
        let by_minus_one = if is_div {
            Rvalue::Unary(UnOp::IntNeg, lhs.clone())
        } else {
            Rvalue::Use(Operand::Int(0))
        };
        let (file, line) = self.location(span);
        let panic = Terminator::Panic {
            message: "division by zero".into(),
            file,
            line,
        };
        match rhs {
            Operand::Int(0) => {
                b.terminate(panic);
                Operand::Int(0)
            }
            Operand::Int(-1) => b.temp(ValueKind::Int, by_minus_one),
            Operand::Int(_) => b.temp(ValueKind::Int, Rvalue::Binary(op, lhs, rhs)),
            _ => {
                let zero = b.temp(
                    ValueKind::Bool,
                    Rvalue::Binary(BinOp::IntEq, rhs.clone(), Operand::Int(0)),
                );
                let panic_block = b.new_block_with(panic);
                b.branch_to_if(zero, panic_block);
                let result = b.new_var(None, ValueKind::Int);
                let join = b.new_block();
                let minus_one = b.temp(
                    ValueKind::Bool,
                    Rvalue::Binary(BinOp::IntEq, rhs.clone(), Operand::Int(-1)),
                );
                let special = b.new_block();
                b.branch_to_if(minus_one, special);
                b.assign(result, Rvalue::Binary(op, lhs, rhs));
                b.terminate(Terminator::Goto(join));
                b.switch_to(special);
                b.assign(result, by_minus_one);
                b.terminate(Terminator::Goto(join));
                b.switch_to(join);
                Operand::Var(result)
            }
        }
    }

    /// `a <> b` on strings.
    pub fn concat(&mut self, b: &mut FnBuilder, lhs: Operand, rhs: Operand) -> Operand {
        b.temp(
            ValueKind::Ptr,
            Rvalue::CallRuntime("mesh_string_concat".into(), vec![lhs, rhs]),
        )
    }

    /// The concatenation of string parts, left to right.
    pub fn concat_all(&mut self, b: &mut FnBuilder, parts: Vec<Operand>) -> Operand {
        let mut parts = parts.into_iter();
        match parts.next() {
            None => self.string(""),
            Some(first) => parts.fold(first, |acc, part| self.concat(b, acc, part)),
        }
    }

    /// The Display text of `value` of type `ty` (language §4.17).
    pub fn display_value(
        &mut self,
        b: &mut FnBuilder,
        ty: &Type,
        value: Operand,
        span: Span,
    ) -> Operand {
        let runtime = |symbol: &str| Rvalue::CallRuntime(symbol.into(), vec![value.clone()]);
        match ty {
            Type::Int => b.temp(ValueKind::Ptr, runtime("mesh_int_to_string")),
            Type::Float => b.temp(ValueKind::Ptr, runtime("mesh_float_to_string")),
            Type::Bool => b.temp(ValueKind::Ptr, runtime("mesh_bool_to_string")),
            Type::String | Type::Atom => value,
            Type::Unit => self.string("()"),
            Type::Tuple(_) | Type::Named(..) => {
                let helper = self.helper(Helper::ToString, ty, span);
                b.temp(ValueKind::Ptr, Rvalue::Call(helper, vec![value]))
            }
            Type::Never | Type::Var(_) | Type::Fun(..) => {
                let what = format!("converting `{}` to a string", self.type_text(ty));
                self.unsupported(&what, span);
                self.string("")
            }
        }
    }

    /// The Debug text of `value` of type `ty` (language §3.6.5): strings
    /// quoted, structs as `Name { f: v }`, everything else as Display.
    pub fn inspect_value(
        &mut self,
        b: &mut FnBuilder,
        ty: &Type,
        value: Operand,
        span: Span,
    ) -> Operand {
        match ty {
            Type::String => {
                let parts = vec![self.string("\""), value, self.string("\"")];
                self.concat_all(b, parts)
            }
            Type::Named(id, _)
                if matches!(
                    self.hir.types[id.0 as usize].kind,
                    hir::TypeDefKind::Struct { .. }
                ) || self.user_method("Debug", "inspect", ty).is_some() =>
            {
                let helper = self.helper(Helper::Inspect, ty, span);
                b.temp(ValueKind::Ptr, Rvalue::Call(helper, vec![value]))
            }
            _ => self.display_value(b, ty, value, span),
        }
    }

    /// The hash of `value` of type `ty` (an `Int`): primitives by the
    /// runtime's `TypeInfo`s, composite values by their `Hash` helper.
    pub fn hash_value(
        &mut self,
        b: &mut FnBuilder,
        ty: &Type,
        value: Operand,
        span: Span,
    ) -> Operand {
        match super::type_info::runtime_type_info(ty) {
            Some(symbol) => {
                let info = self.runtime_type_info(symbol);
                b.temp(
                    ValueKind::Int,
                    Rvalue::CallTypeInfo {
                        info,
                        slot: TypeInfoSlot::Hash,
                        args: vec![value],
                    },
                )
            }
            None => {
                let helper = self.helper(Helper::Hash, ty, span);
                b.temp(ValueKind::Int, Rvalue::Call(helper, vec![value]))
            }
        }
    }

    /// `a == b` for values of type `ty`, as a `Bool`.
    pub fn eq_value(
        &mut self,
        b: &mut FnBuilder,
        ty: &Type,
        x: Operand,
        y: Operand,
        span: Span,
    ) -> Operand {
        match ty {
            Type::Int | Type::Bool | Type::Unit => {
                b.temp(ValueKind::Bool, Rvalue::Binary(BinOp::IntEq, x, y))
            }
            Type::Float => b.temp(ValueKind::Bool, Rvalue::Binary(BinOp::FloatEq, x, y)),
            Type::String | Type::Atom => b.temp(
                ValueKind::Bool,
                Rvalue::CallRuntime("mesh_string_eq".into(), vec![x, y]),
            ),
            Type::Tuple(_) | Type::Named(..) => {
                let helper = self.helper(Helper::Eq, ty, span);
                b.temp(ValueKind::Bool, Rvalue::Call(helper, vec![x, y]))
            }
            Type::Never | Type::Var(_) | Type::Fun(..) => {
                let what = format!("comparing values of type `{}`", self.type_text(ty));
                self.unsupported(&what, span);
                Operand::Int(0)
            }
        }
    }

    /// The ordering of `a` and `b` of type `ty`: `-1`, `0` or `1`.
    pub fn cmp_value(
        &mut self,
        b: &mut FnBuilder,
        ty: &Type,
        x: Operand,
        y: Operand,
        span: Span,
    ) -> Operand {
        let (lt, gt) = match ty {
            Type::Int | Type::Bool | Type::Unit => (BinOp::IntLt, BinOp::IntGt),
            Type::Float => (BinOp::FloatLt, BinOp::FloatGt),
            Type::String | Type::Atom => {
                return b.temp(
                    ValueKind::Int,
                    Rvalue::CallRuntime("mesh_string_cmp".into(), vec![x, y]),
                );
            }
            Type::Tuple(_) | Type::Named(..) => {
                let helper = self.helper(Helper::Cmp, ty, span);
                return b.temp(ValueKind::Int, Rvalue::Call(helper, vec![x, y]));
            }
            Type::Never | Type::Var(_) | Type::Fun(..) => {
                let what = format!("ordering values of type `{}`", self.type_text(ty));
                self.unsupported(&what, span);
                return Operand::Int(0);
            }
        };
        // (x > y) - (x < y)
        let greater = b.temp(ValueKind::Bool, Rvalue::Binary(gt, x.clone(), y.clone()));
        let less = b.temp(ValueKind::Bool, Rvalue::Binary(lt, x, y));
        b.temp(ValueKind::Int, Rvalue::Binary(BinOp::IntSub, greater, less))
    }
}

/// The integer comparison for a comparison operator.
fn int_comparison(op: hir::BinOp) -> BinOp {
    match op {
        hir::BinOp::Eq => BinOp::IntEq,
        hir::BinOp::Ne => BinOp::IntNe,
        hir::BinOp::Lt => BinOp::IntLt,
        hir::BinOp::Gt => BinOp::IntGt,
        hir::BinOp::Le => BinOp::IntLe,
        _ => BinOp::IntGe,
    }
}

fn operator_text(op: hir::BinOp) -> &'static str {
    use hir::BinOp as H;
    match op {
        H::Add => "+",
        H::Sub => "-",
        H::Mul => "*",
        H::Div => "/",
        H::Rem => "%",
        H::Eq => "==",
        H::Ne => "!=",
        H::Lt => "<",
        H::Gt => ">",
        H::Le => "<=",
        H::Ge => ">=",
        H::And => "and",
        H::Or => "or",
        H::Concat => "<>",
    }
}
