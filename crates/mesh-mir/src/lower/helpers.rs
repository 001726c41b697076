//! Bodies of the generated helpers: Display text, structural equality and
//! structural ordering of one concrete type (tuples, sums, structs, lists;
//! for primitives a thin wrapper, so that it can be passed as a function
//! pointer to `mesh_list_to_string`).
//!
//! Sum values compare first by variant index, then field by field; tuples,
//! structs and lists lexicographically (language §3.6.2-§3.6.4, §4.17).

use super::builder::FnBuilder;
use super::type_info::{runtime_equality, runtime_to_string};
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
        Helper::Inspect => ("inspect", ValueKind::Ptr),
        Helper::Hash => ("hash", ValueKind::Int),
        Helper::SameWord => ("same", ValueKind::Bool),
        Helper::ToJson => ("to_json", ValueKind::Ptr),
        Helper::FromJson => ("from_json", ValueKind::Ptr),
        Helper::FromRow => ("from_row", ValueKind::Ptr),
        Helper::Copy => ("copy", kind),
    };
    // The generated decoders take a Json or row Map, not a value of `ty`.
    let param_kind = match helper {
        Helper::FromJson | Helper::FromRow => ValueKind::Ptr,
        _ => kind,
    };
    let x = b.new_var(Some("a".into()), param_kind);
    let params = match helper {
        Helper::ToString | Helper::Inspect | Helper::Hash | Helper::Copy => vec![x],
        Helper::ToJson | Helper::FromJson | Helper::FromRow => vec![x],
        Helper::Eq | Helper::Cmp | Helper::SameWord => {
            vec![x, b.new_var(Some("b".into()), kind)]
        }
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
        Helper::Inspect => h.inspect(ty),
        Helper::Hash => h.hash(ty),
        Helper::ToJson => h.build_to_json(ty),
        Helper::FromJson => h.build_from_json(ty),
        Helper::FromRow => h.build_from_row(ty),
        Helper::Copy => h.copy(ty),
        Helper::SameWord => {
            let same = h.b.temp(
                ValueKind::Bool,
                Rvalue::Binary(BinOp::IntEq, h.param(0), h.param(1)),
            );
            h.ret(same);
        }
    }
    let name = format!("${prefix}<{}>", type_text(h.lw.hir, ty));
    h.b.finish(name, params, ret)
}

/// The shape of a composite type, as far as the helpers care.
pub(super) enum Shape {
    /// Fields from word 0 (tuples, structs), with the struct name for Display.
    Record(Option<String>, Vec<Type>),
    /// Tag at word 0, then the variant's fields.
    Sum(Vec<(String, Vec<Type>)>),
    List(Type),
    /// A runtime-owned type (`Map`, `Set`, `Range`, ...) by its name, with
    /// its type arguments.
    Runtime(String, Vec<Type>),
    /// Handled inline by `ops` (primitives).
    Primitive,
    Unsupported,
}

pub(super) struct HelperBody<'l, 'h> {
    pub lw: &'l mut Lowerer<'h>,
    pub b: FnBuilder,
    pub span: Span,
    params: Vec<VarId>,
}

impl HelperBody<'_, '_> {
    pub(super) fn param(&self, i: usize) -> Operand {
        Operand::Var(self.params[i])
    }

    pub(super) fn shape(&self, ty: &Type) -> Shape {
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
                TypeDefKind::Builtin => {
                    Shape::Runtime(types::bare_name(program, *id).to_string(), args.clone())
                }
            },
            Type::Int | Type::Float | Type::Bool | Type::String | Type::Unit | Type::Atom => {
                Shape::Primitive
            }
            Type::Never | Type::Var(_) | Type::Fun(..) => Shape::Unsupported,
        }
    }

    pub(super) fn load(&mut self, base: Operand, field: usize, ty: &Type) -> Operand {
        self.b.temp(
            types::value_kind(ty),
            Rvalue::Load {
                base,
                field: field as u32,
            },
        )
    }

    pub(super) fn ret(&mut self, value: Operand) {
        self.b.terminate(Terminator::Return(value));
    }

    pub(super) fn unsupported(&mut self, what: &str, ty: &Type) {
        let what = format!("{what} `{}`", self.lw.type_text(ty));
        self.lw.unsupported(&what, self.span);
    }

    /// Dispatches on the tag of the sum value `value`: runs `each` for every
    /// variant in its own block (the last one without a test). `each` must
    /// terminate its block.
    pub(super) fn for_each_variant(
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
            Shape::Runtime(name, _) if runtime_to_string(&name).is_some() => {
                let symbol = runtime_to_string(&name).unwrap_or_default();
                let text = self
                    .b
                    .temp(ValueKind::Ptr, Rvalue::CallRuntime(symbol.into(), vec![x]));
                self.ret(text);
            }
            Shape::Primitive => {
                let text = self.lw.display_value(&mut self.b, ty, x, self.span);
                self.ret(text);
            }
            Shape::Unsupported | Shape::Runtime(..) => {
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

    /// Debug text: `Name { f1: v1, f2: v2 }` for structs (field values as
    /// Display), `Name {}` without fields; other types as `ops::inspect_value`.
    fn inspect(&mut self, ty: &Type) {
        let x = self.param(0);
        let program = self.lw.hir;
        let (id, args) = match ty {
            Type::Named(id, args) => (*id, args),
            _ => {
                let text = self.lw.inspect_value(&mut self.b, ty, x, self.span);
                return self.ret(text);
            }
        };
        let def = &program.types[id.0 as usize];
        let TypeDefKind::Struct { fields: names } = &def.kind else {
            let text = self.lw.inspect_value(&mut self.b, ty, x, self.span);
            return self.ret(text);
        };
        let field_types = types::struct_fields(program, id, args).unwrap_or_default();
        let mut parts = Vec::new();
        if names.is_empty() {
            parts.push(self.lw.string(&format!("{} {{}}", def.name)));
        } else {
            for (i, ((name, _), field_ty)) in names.iter().zip(&field_types).enumerate() {
                let label = if i == 0 {
                    format!("{} {{ {name}: ", def.name)
                } else {
                    format!(", {name}: ")
                };
                parts.push(self.lw.string(&label));
                let field = self.load(x.clone(), i, field_ty);
                let text = self
                    .lw
                    .display_value(&mut self.b, field_ty, field, self.span);
                parts.push(text);
            }
            parts.push(self.lw.string(" }"));
        }
        let text = self.lw.concat_all(&mut self.b, parts);
        self.ret(text);
    }

    /// A deterministic hash: `h = h * 31 + hash(field)` over the fields (for
    /// sums starting from the tag, for lists from the length), primitives
    /// hashed by the runtime's `TypeInfo`s (strings by content).
    fn hash(&mut self, ty: &Type) {
        let x = self.param(0);
        let seed = |h: &mut Self, start: Operand| {
            let var = h.b.new_var(Some("h".into()), ValueKind::Int);
            h.b.assign(var, Rvalue::Use(start));
            var
        };
        match self.shape(ty) {
            Shape::Record(_, fields) => {
                let h = seed(self, Operand::Int(17));
                self.hash_fields(&x, 0, &fields, h);
                self.ret(Operand::Var(h));
            }
            Shape::Sum(variants) => {
                let tag = self.load(x.clone(), 0, &Type::Int);
                let h = seed(self, tag.clone());
                self.for_each_variant(tag, &variants, |this, _, _, fields| {
                    this.hash_fields(&x, 1, fields, h);
                    this.ret(Operand::Var(h));
                });
            }
            Shape::List(elem) => {
                let len = self.b.temp(
                    ValueKind::Int,
                    Rvalue::CallRuntime("mesh_list_length".into(), vec![x.clone()]),
                );
                let h = seed(self, len.clone());
                let done = self.b.new_block_with(Terminator::Return(Operand::Var(h)));
                self.list_loop(&x, &x, &elem, |this, i, get, _| {
                    let end = this
                        .b
                        .temp(ValueKind::Bool, Rvalue::Binary(BinOp::IntEq, i, len));
                    this.b.branch_to_if(end, done);
                    let element = get(this);
                    this.mix(h, &elem, element);
                });
            }
            Shape::Primitive => {
                let hash = self.lw.hash_value(&mut self.b, ty, x, self.span);
                self.ret(hash);
            }
            Shape::Unsupported | Shape::Runtime(..) => {
                self.unsupported("hashing values of type", ty);
                self.ret(Operand::Int(0));
            }
        }
    }

    fn hash_fields(&mut self, x: &Operand, first: usize, fields: &[Type], h: VarId) {
        for (i, field_ty) in fields.iter().enumerate() {
            let field = self.load(x.clone(), first + i, field_ty);
            self.mix(h, field_ty, field);
        }
    }

    /// `h = h * 31 + hash(value)`.
    fn mix(&mut self, h: VarId, ty: &Type, value: Operand) {
        let hash = self.lw.hash_value(&mut self.b, ty, value, self.span);
        let scaled = self.b.temp(
            ValueKind::Int,
            Rvalue::Binary(BinOp::IntMul, Operand::Var(h), Operand::Int(31)),
        );
        self.b
            .assign(h, Rvalue::Binary(BinOp::IntAdd, scaled, hash));
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
            Shape::Runtime(name, args) if runtime_equality(&name) => {
                self.runtime_equality(&name, &args, unequal);
            }
            Shape::Unsupported | Shape::Runtime(..) => {
                self.unsupported("comparing values of type", ty);
                self.ret(Operand::Int(0));
            }
        }
    }

    /// Equality of runtime-owned values through their runtime accessors:
    /// ranges by their bounds; sets by size and membership; maps by size
    /// and, for every key of `a`, an equal value under that key in `b`
    /// (insertion order does not matter). Returns from the helper.
    fn runtime_equality(&mut self, name: &str, args: &[Type], unequal: BlockId) {
        let (x, y) = (self.param(0), self.param(1));
        let call = |h: &mut Self, symbol: &str, args: Vec<Operand>, kind: ValueKind| {
            h.b.temp(kind, Rvalue::CallRuntime(symbol.into(), args))
        };
        if name == "Range" {
            for symbol in ["mesh_range_start", "mesh_range_end"] {
                let a = call(self, symbol, vec![x.clone()], ValueKind::Int);
                let b = call(self, symbol, vec![y.clone()], ValueKind::Int);
                let same = self
                    .b
                    .temp(ValueKind::Bool, Rvalue::Binary(BinOp::IntEq, a, b));
                self.b.branch_or(same, unequal);
            }
            return self.ret(Operand::Int(1));
        }
        let size = if name == "Map" {
            "mesh_map_size"
        } else {
            "mesh_set_size"
        };
        let len_x = call(self, size, vec![x.clone()], ValueKind::Int);
        let len_y = call(self, size, vec![y.clone()], ValueKind::Int);
        let same = self.b.temp(
            ValueKind::Bool,
            Rvalue::Binary(BinOp::IntEq, len_x.clone(), len_y),
        );
        self.b.branch_or(same, unequal);
        let index = self.b.new_var(Some("i".into()), ValueKind::Int);
        self.b.assign(index, Rvalue::Use(Operand::Int(0)));
        let head = self.b.new_block();
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(head);
        let equal = self.b.new_block_with(Terminator::Return(Operand::Int(1)));
        let done = self.b.temp(
            ValueKind::Bool,
            Rvalue::Binary(BinOp::IntEq, Operand::Var(index), len_x),
        );
        self.b.branch_to_if(done, equal);
        let i = Operand::Var(index);
        let key_ty = args.first().cloned().unwrap_or(Type::Unit);
        let key_kind = types::value_kind(&key_ty);
        if name == "Map" {
            let key = call(
                self,
                "mesh_map_key_at",
                vec![x.clone(), i.clone()],
                key_kind,
            );
            let present = call(
                self,
                "mesh_map_has_key",
                vec![y.clone(), key.clone()],
                ValueKind::Bool,
            );
            self.b.branch_or(present, unequal);
            let value_ty = args.get(1).cloned().unwrap_or(Type::Unit);
            let value_kind = types::value_kind(&value_ty);
            let a = call(self, "mesh_map_value_at", vec![x.clone(), i], value_kind);
            let b = call(self, "mesh_map_get", vec![y.clone(), key], value_kind);
            let same = self.lw.eq_value(&mut self.b, &value_ty, a, b, self.span);
            self.b.branch_or(same, unequal);
        } else {
            let element = call(self, "mesh_set_at", vec![x.clone(), i], key_kind);
            let present = call(
                self,
                "mesh_set_contains",
                vec![y.clone(), element],
                ValueKind::Bool,
            );
            self.b.branch_or(present, unequal);
        }
        self.b.assign(
            index,
            Rvalue::Binary(BinOp::IntAdd, Operand::Var(index), Operand::Int(1)),
        );
        self.b.terminate(Terminator::Goto(head));
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
            Shape::Unsupported | Shape::Runtime(..) => {
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
