//! Bodies of the generated helpers: Display text, structural equality and
//! structural ordering of one concrete type (tuples, sums, structs, lists;
//! for primitives a thin wrapper, so that it can be passed as a function
//! pointer to `mesh_list_to_string`).
//!
//! Sum values compare first by variant index, then field by field; tuples,
//! structs and lists lexicographically (language §3.6.2-§3.6.4, §4.17).

use super::builder::FnBuilder;
use super::types::{self, type_text};
use super::{Helper, Lowerer};
use crate::mir::{BinOp, BlockId, Function, Operand, Rvalue, Terminator, ValueKind, VarId};
use mesh_check::hir::TypeDefKind;
use mesh_check::types::Type;
use mesh_syntax::Span;

/// The helper `helper` for the concrete type `ty`; `span` is its first use.
pub fn build(lw: &mut Lowerer, helper: Helper, ty: &Type, span: Span) -> Function {
    let mut b = FnBuilder::new();
    let kind = types::value_kind(ty);
    let (prefix, ret) = match helper {
        Helper::ToString => ("to_string", ValueKind::Ptr),
        Helper::Eq => ("eq", ValueKind::Bool),
        Helper::Cmp => ("cmp", ValueKind::Int),
    };
    let x = b.new_var(Some("a".into()), kind);
    let params = match helper {
        Helper::ToString => vec![x],
        Helper::Eq | Helper::Cmp => vec![x, b.new_var(Some("b".into()), kind)],
    };
    let mut h = HelperBody {
        lw,
        b,
        span,
        params: params.clone(),
    };
    match helper {
        Helper::ToString => h.display(ty),
        Helper::Eq => h.equality(ty),
        Helper::Cmp => h.ordering(ty),
    }
    let name = format!("${prefix}<{}>", type_text(h.lw.hir, ty));
    h.b.finish(name, params, ret)
}

/// The shape of a composite type, as far as the helpers care.
enum Shape {
    /// Fields from word 0 (tuples, structs), with the struct name for Display.
    Record(Option<String>, Vec<Type>),
    /// Tag at word 0, then the variant's fields.
    Sum(Vec<(String, Vec<Type>)>),
    List(Type),
    /// Handled inline by `ops` (primitives).
    Primitive,
    Unsupported,
}

struct HelperBody<'l, 'h> {
    lw: &'l mut Lowerer<'h>,
    b: FnBuilder,
    span: Span,
    params: Vec<VarId>,
}

impl HelperBody<'_, '_> {
    fn param(&self, i: usize) -> Operand {
        Operand::Var(self.params[i])
    }

    fn shape(&self, ty: &Type) -> Shape {
        let program = self.lw.hir;
        match ty {
            Type::Tuple(items) => Shape::Record(None, items.clone()),
            Type::Named(id, args) if *id == program.well_known.list => {
                Shape::List(args.first().cloned().unwrap_or(Type::Unit))
            }
            Type::Named(id, args) => match &program.types[id.0 as usize].kind {
                TypeDefKind::Sum { .. } => {
                    Shape::Sum(types::sum_variants(program, *id, args).unwrap_or_default())
                }
                TypeDefKind::Struct { .. } => Shape::Record(
                    Some(types::bare_name(program, *id).to_string()),
                    types::struct_fields(program, *id, args).unwrap_or_default(),
                ),
                TypeDefKind::Builtin => Shape::Unsupported,
            },
            Type::Int | Type::Float | Type::Bool | Type::String | Type::Unit | Type::Atom => {
                Shape::Primitive
            }
            Type::Never | Type::Var(_) | Type::Fun(..) => Shape::Unsupported,
        }
    }

    fn load(&mut self, base: Operand, field: usize, ty: &Type) -> Operand {
        self.b.temp(
            types::value_kind(ty),
            Rvalue::Load {
                base,
                field: field as u32,
            },
        )
    }

    fn ret(&mut self, value: Operand) {
        self.b.terminate(Terminator::Return(value));
    }

    fn unsupported(&mut self, what: &str, ty: &Type) {
        let what = format!("{what} `{}`", self.lw.type_text(ty));
        self.lw.unsupported(&what, self.span);
    }

    /// Dispatches on the tag of the sum value `value`: runs `each` for every
    /// variant in its own block (the last one without a test). `each` must
    /// terminate its block.
    fn for_each_variant(
        &mut self,
        tag: Operand,
        variants: &[(String, Vec<Type>)],
        mut each: impl FnMut(&mut Self, usize, &str, &[Type]),
    ) {
        for (i, (name, fields)) in variants.iter().enumerate() {
            if i + 1 < variants.len() {
                let is_variant = self.b.temp(
                    ValueKind::Bool,
                    Rvalue::Binary(BinOp::IntEq, tag.clone(), Operand::Int(i as i64)),
                );
                let next = self.b.new_block();
                self.b.branch_or(is_variant, next);
                each(self, i, name, fields);
                self.b.switch_to(next);
            } else {
                each(self, i, name, fields);
            }
        }
    }

    fn display(&mut self, ty: &Type) {
        let x = self.param(0);
        match self.shape(ty) {
            Shape::Record(name, fields) => {
                let mut parts = vec![self.lw.string(&format!("{}(", name.unwrap_or_default()))];
                self.field_texts(&x, 0, &fields, &mut parts);
                parts.push(self.lw.string(")"));
                let text = self.lw.concat_all(&mut self.b, parts);
                self.ret(text);
            }
            Shape::Sum(variants) => {
                let tag = self.load(x.clone(), 0, &Type::Int);
                self.for_each_variant(tag, &variants, |h, _, name, fields| {
                    let text = if fields.is_empty() {
                        h.lw.string(name)
                    } else {
                        let mut parts = vec![h.lw.string(&format!("{name}("))];
                        h.field_texts(&x, 1, fields, &mut parts);
                        parts.push(h.lw.string(")"));
                        h.lw.concat_all(&mut h.b, parts)
                    };
                    h.ret(text);
                });
            }
            Shape::List(elem) => {
                let elem_fn = self.lw.helper(Helper::ToString, &elem, self.span);
                let text = self.b.temp(
                    ValueKind::Ptr,
                    Rvalue::CallRuntime(
                        "mesh_list_to_string".into(),
                        vec![x, Operand::FnAddr(elem_fn)],
                    ),
                );
                self.ret(text);
            }
            Shape::Primitive => {
                let text = self.lw.display_value(&mut self.b, ty, x, self.span);
                self.ret(text);
            }
            Shape::Unsupported => {
                self.unsupported("converting to a string a value of type", ty);
                let empty = self.lw.string("");
                self.ret(empty);
            }
        }
    }

    /// Appends the texts of fields `first..` of `x`, separated by `", "`.
    fn field_texts(
        &mut self,
        x: &Operand,
        first: usize,
        fields: &[Type],
        parts: &mut Vec<Operand>,
    ) {
        for (i, field_ty) in fields.iter().enumerate() {
            if i > 0 {
                parts.push(self.lw.string(", "));
            }
            let field = self.load(x.clone(), first + i, field_ty);
            let text = self
                .lw
                .display_value(&mut self.b, field_ty, field, self.span);
            parts.push(text);
        }
    }

    fn equality(&mut self, ty: &Type) {
        let (x, y) = (self.param(0), self.param(1));
        let unequal = self.b.new_block_with(Terminator::Return(Operand::Int(0)));
        match self.shape(ty) {
            Shape::Record(_, fields) => {
                self.fields_equal(&x, &y, 0, &fields, unequal);
                self.ret(Operand::Int(1));
            }
            Shape::Sum(variants) => {
                let tag_x = self.load(x.clone(), 0, &Type::Int);
                let tag_y = self.load(y.clone(), 0, &Type::Int);
                let same = self.b.temp(
                    ValueKind::Bool,
                    Rvalue::Binary(BinOp::IntEq, tag_x.clone(), tag_y),
                );
                self.b.branch_or(same, unequal);
                self.for_each_variant(tag_x, &variants, |h, _, _, fields| {
                    h.fields_equal(&x, &y, 1, fields, unequal);
                    h.ret(Operand::Int(1));
                });
            }
            Shape::List(elem) => {
                let (len_x, len_y) = self.lengths(&x, &y);
                let same = self.b.temp(
                    ValueKind::Bool,
                    Rvalue::Binary(BinOp::IntEq, len_x.clone(), len_y),
                );
                self.b.branch_or(same, unequal);
                let equal = self.b.new_block_with(Terminator::Return(Operand::Int(1)));
                self.list_loop(&x, &y, &elem, |h, i, a, b| {
                    let done = h.b.temp(
                        ValueKind::Bool,
                        Rvalue::Binary(BinOp::IntEq, i, len_x.clone()),
                    );
                    h.b.branch_to_if(done, equal);
                    let (a, b) = (a(h), b(h));
                    let same = h.lw.eq_value(&mut h.b, &elem, a, b, h.span);
                    h.b.branch_or(same, unequal);
                });
            }
            Shape::Primitive => {
                let equal = self.lw.eq_value(&mut self.b, ty, x, y, self.span);
                self.ret(equal);
            }
            Shape::Unsupported => {
                self.unsupported("comparing values of type", ty);
                self.ret(Operand::Int(0));
            }
        }
    }

    /// Continues when fields `first..` of `x` and `y` are pairwise equal,
    /// jumps to `unequal` otherwise.
    fn fields_equal(
        &mut self,
        x: &Operand,
        y: &Operand,
        first: usize,
        fields: &[Type],
        unequal: BlockId,
    ) {
        for (i, field_ty) in fields.iter().enumerate() {
            let a = self.load(x.clone(), first + i, field_ty);
            let b = self.load(y.clone(), first + i, field_ty);
            let same = self.lw.eq_value(&mut self.b, field_ty, a, b, self.span);
            self.b.branch_or(same, unequal);
        }
    }

    fn ordering(&mut self, ty: &Type) {
        let (x, y) = (self.param(0), self.param(1));
        match self.shape(ty) {
            Shape::Record(_, fields) => {
                self.fields_ordering(&x, &y, 0, &fields);
                self.ret(Operand::Int(0));
            }
            Shape::Sum(variants) => {
                let tag_x = self.load(x.clone(), 0, &Type::Int);
                let tag_y = self.load(y.clone(), 0, &Type::Int);
                let by_tag =
                    self.lw
                        .cmp_value(&mut self.b, &Type::Int, tag_x.clone(), tag_y, self.span);
                self.return_if_nonzero(by_tag);
                self.for_each_variant(tag_x, &variants, |h, _, _, fields| {
                    h.fields_ordering(&x, &y, 1, fields);
                    h.ret(Operand::Int(0));
                });
            }
            Shape::List(elem) => {
                let (len_x, len_y) = self.lengths(&x, &y);
                // Running out of elements: the shorter list is smaller.
                let resume = self.b.current();
                let by_length = self.b.new_block();
                self.b.switch_to(by_length);
                let order = self.lw.cmp_value(
                    &mut self.b,
                    &Type::Int,
                    len_x.clone(),
                    len_y.clone(),
                    self.span,
                );
                self.ret(order);
                self.b.switch_to(resume);
                let greater = self.b.new_block_with(Terminator::Return(Operand::Int(1)));
                self.list_loop(&x, &y, &elem, |h, i, a, b| {
                    let end_x = h.b.temp(
                        ValueKind::Bool,
                        Rvalue::Binary(BinOp::IntEq, i.clone(), len_x),
                    );
                    h.b.branch_to_if(end_x, by_length);
                    let end_y =
                        h.b.temp(ValueKind::Bool, Rvalue::Binary(BinOp::IntEq, i, len_y));
                    h.b.branch_to_if(end_y, greater);
                    let (a, b) = (a(h), b(h));
                    let order = h.lw.cmp_value(&mut h.b, &elem, a, b, h.span);
                    h.return_if_nonzero(order);
                });
            }
            Shape::Primitive => {
                let order = self.lw.cmp_value(&mut self.b, ty, x, y, self.span);
                self.ret(order);
            }
            Shape::Unsupported => {
                self.unsupported("ordering values of type", ty);
                self.ret(Operand::Int(0));
            }
        }
    }

    /// Returns the first non-zero ordering of fields `first..`; continues
    /// when all are equal.
    fn fields_ordering(&mut self, x: &Operand, y: &Operand, first: usize, fields: &[Type]) {
        for (i, field_ty) in fields.iter().enumerate() {
            let a = self.load(x.clone(), first + i, field_ty);
            let b = self.load(y.clone(), first + i, field_ty);
            let order = self.lw.cmp_value(&mut self.b, field_ty, a, b, self.span);
            self.return_if_nonzero(order);
        }
    }

    fn return_if_nonzero(&mut self, order: Operand) {
        let nonzero = self.b.temp(
            ValueKind::Bool,
            Rvalue::Binary(BinOp::IntNe, order.clone(), Operand::Int(0)),
        );
        let early = self.b.new_block_with(Terminator::Return(order));
        self.b.branch_to_if(nonzero, early);
    }

    fn lengths(&mut self, x: &Operand, y: &Operand) -> (Operand, Operand) {
        let len = |h: &mut Self, list: &Operand| {
            h.b.temp(
                ValueKind::Int,
                Rvalue::CallRuntime("mesh_list_length".into(), vec![list.clone()]),
            )
        };
        (len(self, x), len(self, y))
    }

    /// A loop over indices `i = 0, 1, ...`: `body` gets the index and two
    /// closures reading element `i` of `x` and of `y`; it must leave the loop
    /// itself (by branching to terminated blocks) and falls through to the
    /// increment.
    #[allow(clippy::type_complexity)]
    fn list_loop(
        &mut self,
        x: &Operand,
        y: &Operand,
        elem: &Type,
        body: impl FnOnce(
            &mut Self,
            Operand,
            &dyn Fn(&mut Self) -> Operand,
            &dyn Fn(&mut Self) -> Operand,
        ),
    ) {
        let index = self.b.new_var(Some("i".into()), ValueKind::Int);
        self.b.assign(index, Rvalue::Use(Operand::Int(0)));
        let head = self.b.new_block();
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(head);
        let kind = types::value_kind(elem);
        let get = |list: Operand| {
            move |h: &mut Self| {
                h.b.temp(
                    kind,
                    Rvalue::CallRuntime(
                        "mesh_list_get".into(),
                        vec![list.clone(), Operand::Var(index)],
                    ),
                )
            }
        };
        body(self, Operand::Var(index), &get(x.clone()), &get(y.clone()));
        self.b.assign(
            index,
            Rvalue::Binary(BinOp::IntAdd, Operand::Var(index), Operand::Int(1)),
        );
        self.b.terminate(Terminator::Goto(head));
    }
}
