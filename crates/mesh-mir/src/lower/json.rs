//! `deriving(Json)` and `deriving(Row)` (language §3.6.7, §3.6.8, stdlib
//! §14.2): the generated `$to_json<T>`, `$from_json<T>` and `$from_row<T>`
//! helpers, and the built-in operations `@json_encode`, `@to_json`,
//! `@from_json` and `@from_row` that call them.
//!
//! Values become `Json` trees through the runtime's constructors
//! (`mesh_json_of_*`), whose compact text `mesh_json_to_string` prints;
//! decoding walks a parsed tree with the runtime's readers, which produce
//! the exact error texts. Every decoder returns a `Result<T, String>`
//! (`Ok` tag 0, `Err` tag 1, payload in word 1).

use super::builder::FnBuilder;
use super::helpers::HelperBody;
use super::types::{self, value_kind};
use super::{Helper, Lowerer};
use crate::mir::{self, BinOp, Operand, Rvalue, Terminator, TypeDesc, ValueKind, VarId};
use mesh_check::hir::{TypeDefKind, TypeId};
use mesh_check::types::Type;
use mesh_syntax::Span;

/// How a type is encoded and decoded.
enum JsonShape {
    Int,
    Float,
    Bool,
    String,
    /// A parsed `Json` value, kept as it is.
    Json,
    Option(Type),
    List(Type),
    /// `Map<String, V>`.
    StringMap(Type),
    /// Field names and types.
    Struct(TypeId, Vec<(String, Type)>),
    /// Variant names and field types.
    Sum(TypeId, Vec<(String, Vec<Type>)>),
    Unsupported,
}

impl<'h> Lowerer<'h> {
    fn json_shape(&self, ty: &Type) -> JsonShape {
        let program = self.hir;
        match ty {
            Type::Int => JsonShape::Int,
            Type::Float => JsonShape::Float,
            Type::Bool => JsonShape::Bool,
            Type::String => JsonShape::String,
            Type::Named(id, args) if *id == program.well_known.option => {
                JsonShape::Option(args.first().cloned().unwrap_or(Type::Unit))
            }
            Type::Named(id, args) if *id == program.well_known.list => {
                JsonShape::List(args.first().cloned().unwrap_or(Type::Unit))
            }
            Type::Named(id, args) => {
                let def = &program.types[id.0 as usize];
                match &def.kind {
                    TypeDefKind::Builtin if def.name == "Json" => JsonShape::Json,
                    TypeDefKind::Builtin
                        if def.name == "Map"
                            && args.len() == 2
                            && args[0] == Type::String =>
                    {
                        JsonShape::StringMap(args[1].clone())
                    }
                    TypeDefKind::Struct { fields } => {
                        let field_types =
                            types::struct_fields(program, *id, args).unwrap_or_default();
                        JsonShape::Struct(
                            *id,
                            fields
                                .iter()
                                .map(|(name, _)| name.clone())
                                .zip(field_types)
                                .collect(),
                        )
                    }
                    TypeDefKind::Sum { .. } => JsonShape::Sum(
                        *id,
                        types::sum_variants(program, *id, args).unwrap_or_default(),
                    ),
                    TypeDefKind::Builtin => JsonShape::Unsupported,
                }
            }
            _ => JsonShape::Unsupported,
        }
    }

    /// The `Json` value of `value` of type `ty`.
    pub fn json_of_value(
        &mut self,
        b: &mut FnBuilder,
        ty: &Type,
        value: Operand,
        span: Span,
    ) -> Operand {
        let runtime = |symbol: &str| Rvalue::CallRuntime(symbol.into(), vec![value.clone()]);
        match self.json_shape(ty) {
            JsonShape::Int => b.temp(ValueKind::Ptr, runtime("mesh_json_of_int")),
            JsonShape::Float => b.temp(ValueKind::Ptr, runtime("mesh_json_of_float")),
            JsonShape::Bool => b.temp(ValueKind::Ptr, runtime("mesh_json_of_bool")),
            JsonShape::String => b.temp(ValueKind::Ptr, runtime("mesh_json_of_string")),
            JsonShape::Json => value,
            _ => {
                let helper = self.helper(Helper::ToJson, ty, span);
                b.temp(ValueKind::Ptr, Rvalue::Call(helper, vec![value]))
            }
        }
    }

    /// `Json.encode(value)`: the compact JSON text of `value`.
    pub fn json_encode_value(
        &mut self,
        b: &mut FnBuilder,
        ty: &Type,
        value: Operand,
        span: Span,
    ) -> Operand {
        let json = self.json_of_value(b, ty, value, span);
        b.temp(
            ValueKind::Ptr,
            Rvalue::CallRuntime("mesh_json_to_string".into(), vec![json]),
        )
    }

    /// `T.from_json(text)`: parses `text`, then decodes the tree as `ty`; a
    /// parse error is returned as it is.
    pub fn decode_json_text(
        &mut self,
        b: &mut FnBuilder,
        ty: &Type,
        text: Operand,
        span: Span,
    ) -> Operand {
        let parsed = b.temp(
            ValueKind::Ptr,
            Rvalue::CallRuntime("mesh_json_parse".into(), vec![text]),
        );
        let result = b.new_var(None, ValueKind::Ptr);
        b.assign(result, Rvalue::Use(parsed.clone()));
        let join = b.new_block();
        let tag = load(b, parsed.clone(), 0, ValueKind::Int);
        let is_ok = b.temp(
            ValueKind::Bool,
            Rvalue::Binary(BinOp::IntEq, tag, Operand::Int(0)),
        );
        let decode = b.new_block();
        b.terminate(Terminator::Branch {
            cond: is_ok,
            then_block: decode,
            else_block: join,
        });
        b.switch_to(decode);
        let json = load(b, parsed, 1, ValueKind::Ptr);
        let helper = self.helper(Helper::FromJson, ty, span);
        b.assign(result, Rvalue::Call(helper, vec![json]));
        b.terminate(Terminator::Goto(join));
        b.switch_to(join);
        Operand::Var(result)
    }
}

fn load(b: &mut FnBuilder, base: Operand, field: u32, kind: ValueKind) -> Operand {
    b.temp(kind, Rvalue::Load { base, field })
}

impl HelperBody<'_, '_> {
    /// A two-word `Option`/`Result` object `{ tag, payload }`.
    fn tagged(&mut self, name: &str, tag: i64, payload: Operand, payload_ty: &Type) -> Operand {
        let desc = self.lw.desc(TypeDesc {
            kind: mir::KIND_SUM,
            n_fields: 2,
            ptr_mask: types::ptr_mask([payload_ty]) << 1,
            name: name.to_string(),
        });
        let object = self.b.temp(ValueKind::Ptr, Rvalue::Alloc { desc, fields: 2 });
        self.b.store(object.clone(), 0, Operand::Int(tag));
        self.b.store(object.clone(), 1, payload);
        object
    }

    fn ok(&mut self, payload: Operand, payload_ty: &Type) -> Operand {
        self.tagged("Result", 0, payload, payload_ty)
    }

    fn return_error(&mut self, message: &str) {
        let text = self.lw.string(message);
        let err = self.tagged("Result", 1, text, &Type::String);
        self.ret(err);
    }

    fn none(&mut self) -> Operand {
        let option = self.lw.hir.well_known.option;
        self.lw.nullary_variant(option, 1)
    }

    fn runtime(&mut self, kind: ValueKind, symbol: &str, args: Vec<Operand>) -> Operand {
        self.b
            .temp(kind, Rvalue::CallRuntime(symbol.into(), args))
    }

    /// Continues in a new block when `cond` holds; otherwise runs `other`
    /// (which must terminate its block).
    fn when(&mut self, cond: Operand, other: impl FnOnce(&mut Self)) {
        let yes = self.b.new_block();
        let no = self.b.new_block();
        self.b.terminate(Terminator::Branch {
            cond,
            then_block: yes,
            else_block: no,
        });
        self.b.switch_to(no);
        other(self);
        self.b.switch_to(yes);
    }

    fn is_tag(&mut self, object: Operand, tag: i64) -> Operand {
        let actual = self.load(object, 0, &Type::Int);
        self.b.temp(
            ValueKind::Bool,
            Rvalue::Binary(BinOp::IntEq, actual, Operand::Int(tag)),
        )
    }

    /// The payload of the `Result` `result` of type `Result<ty, String>`,
    /// returning it from the helper when it is an `Err`.
    fn unwrap_or_return(&mut self, result: Operand, ty: &Type) -> Operand {
        let is_ok = self.is_tag(result.clone(), 0);
        let returned = result.clone();
        self.when(is_ok, |h| h.ret(returned));
        self.load(result, 1, ty)
    }

    fn struct_desc(&mut self, id: TypeId, fields: &[Type]) -> crate::mir::DescId {
        self.lw.desc(TypeDesc {
            kind: mir::KIND_STRUCT,
            n_fields: fields.len() as u32,
            ptr_mask: types::ptr_mask(fields),
            name: types::bare_name(self.lw.hir, id).to_string(),
        })
    }

    /// Body of `$to_json<ty>`.
    pub(super) fn build_to_json(&mut self, ty: &Type) {
        let x = self.param(0);
        let span = self.span;
        match self.lw.json_shape(ty) {
            JsonShape::Int
            | JsonShape::Float
            | JsonShape::Bool
            | JsonShape::String
            | JsonShape::Json => {
                let json = self.lw.json_of_value(&mut self.b, ty, x, span);
                self.ret(json);
            }
            JsonShape::Option(inner) => {
                let is_some = self.is_tag(x.clone(), 0);
                self.when(is_some, |h| {
                    let null = h.runtime(ValueKind::Ptr, "mesh_json_null", vec![]);
                    h.ret(null);
                });
                let payload = self.load(x, 1, &inner);
                let json = self.lw.json_of_value(&mut self.b, &inner, payload, span);
                self.ret(json);
            }
            JsonShape::List(elem) => {
                let convert = self.lw.helper(Helper::ToJson, &elem, span);
                let json = self.runtime(
                    ValueKind::Ptr,
                    "mesh_json_array_map",
                    vec![x, Operand::FnAddr(convert)],
                );
                self.ret(json);
            }
            JsonShape::StringMap(value) => {
                let convert = self.lw.helper(Helper::ToJson, &value, span);
                let json = self.runtime(
                    ValueKind::Ptr,
                    "mesh_json_object_map",
                    vec![x, Operand::FnAddr(convert)],
                );
                self.ret(json);
            }
            JsonShape::Struct(_, fields) => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for (i, (name, field_ty)) in fields.iter().enumerate() {
                    keys.push(self.lw.string(name));
                    let field = self.load(x.clone(), i, field_ty);
                    values.push(self.lw.json_of_value(&mut self.b, field_ty, field, span));
                }
                let json = self.object(keys, values);
                self.ret(json);
            }
            JsonShape::Sum(_, variants) => {
                let tag = self.load(x.clone(), 0, &Type::Int);
                self.for_each_variant(tag, &variants, |h, _, name, fields| {
                    let mut items = Vec::new();
                    for (i, field_ty) in fields.iter().enumerate() {
                        let field = h.load(x.clone(), 1 + i, field_ty);
                        items.push(h.lw.json_of_value(&mut h.b, field_ty, field, span));
                    }
                    let name = h.lw.string(name);
                    let tag_json = h.runtime(ValueKind::Ptr, "mesh_json_of_string", vec![name]);
                    let list = h.b.temp(ValueKind::Ptr, Rvalue::ListFromArray(items));
                    let fields_json = h.runtime(ValueKind::Ptr, "mesh_json_of_array", vec![list]);
                    let keys = vec![h.lw.string("tag"), h.lw.string("fields")];
                    let json = h.object(keys, vec![tag_json, fields_json]);
                    h.ret(json);
                });
            }
            JsonShape::Unsupported => {
                self.unsupported("encoding as JSON a value of type", ty);
                let null = self.runtime(ValueKind::Ptr, "mesh_json_null", vec![]);
                self.ret(null);
            }
        }
    }

    fn object(&mut self, keys: Vec<Operand>, values: Vec<Operand>) -> Operand {
        let keys = self.b.temp(ValueKind::Ptr, Rvalue::ListFromArray(keys));
        let values = self.b.temp(ValueKind::Ptr, Rvalue::ListFromArray(values));
        self.runtime(ValueKind::Ptr, "mesh_json_of_object", vec![keys, values])
    }

    /// The `Result<ty, String>` of decoding `json` as `ty`.
    fn decode(&mut self, ty: &Type, json: Operand) -> Operand {
        let symbol = match self.lw.json_shape(ty) {
            JsonShape::Int => "mesh_json_decode_int",
            JsonShape::Float => "mesh_json_decode_float",
            JsonShape::Bool => "mesh_json_decode_bool",
            JsonShape::String => "mesh_json_decode_string",
            _ => {
                let helper = self.lw.helper(Helper::FromJson, ty, self.span);
                return self.b.temp(ValueKind::Ptr, Rvalue::Call(helper, vec![json]));
            }
        };
        self.runtime(ValueKind::Ptr, symbol, vec![json])
    }

    /// Body of `$from_json<ty>`: `(json) -> Result<ty, String>`.
    pub(super) fn build_from_json(&mut self, ty: &Type) {
        let json = self.param(0);
        let span = self.span;
        match self.lw.json_shape(ty) {
            JsonShape::Int | JsonShape::Float | JsonShape::Bool | JsonShape::String => {
                let result = self.decode(ty, json);
                self.ret(result);
            }
            JsonShape::Json => {
                let result = self.ok(json, ty);
                self.ret(result);
            }
            JsonShape::Option(inner) => {
                let is_null = self.runtime(ValueKind::Bool, "mesh_json_is_null", vec![json.clone()]);
                let not_null = self.b.temp(ValueKind::Bool, Rvalue::Unary(mir::UnOp::Not, is_null));
                self.when(not_null, |h| {
                    let none = h.none();
                    let result = h.ok(none, ty);
                    h.ret(result);
                });
                let decoded = self.decode(&inner, json);
                let value = self.unwrap_or_return(decoded, &inner);
                let some = self.tagged("Option", 0, value, &inner);
                let result = self.ok(some, ty);
                self.ret(result);
            }
            JsonShape::List(elem) => {
                let decode = self.lw.helper(Helper::FromJson, &elem, span);
                let result = self.runtime(
                    ValueKind::Ptr,
                    "mesh_json_decode_list",
                    vec![json, Operand::FnAddr(decode)],
                );
                self.ret(result);
            }
            JsonShape::StringMap(value) => {
                let decode = self.lw.helper(Helper::FromJson, &value, span);
                let info = self.lw.type_info(&value, span);
                let result = self.runtime(
                    ValueKind::Ptr,
                    "mesh_json_decode_map",
                    vec![json, Operand::FnAddr(decode), info],
                );
                self.ret(result);
            }
            JsonShape::Struct(id, fields) => {
                self.expect_object(json.clone());
                let mut values = Vec::new();
                for (name, field_ty) in &fields {
                    let key = self.lw.string(name);
                    let member =
                        self.runtime(ValueKind::Ptr, "mesh_json_field", vec![json.clone(), key]);
                    let value = self.member_value(member, name, field_ty);
                    values.push(Operand::Var(value));
                }
                self.return_ok_struct(id, fields, values, ty);
            }
            JsonShape::Sum(id, variants) => {
                self.expect_object(json.clone());
                let tag = self.runtime(ValueKind::Ptr, "mesh_json_variant_tag", vec![json.clone()]);
                for (index, (name, fields)) in variants.iter().enumerate() {
                    let name = self.lw.string(name);
                    let matches =
                        self.runtime(ValueKind::Bool, "mesh_string_eq", vec![tag.clone(), name]);
                    let next = self.b.new_block();
                    self.b.branch_or(matches, next);
                    let mut values = Vec::new();
                    for (k, field_ty) in fields.iter().enumerate() {
                        let item = self.runtime(
                            ValueKind::Ptr,
                            "mesh_json_variant_field",
                            vec![json.clone(), Operand::Int(k as i64)],
                        );
                        let item = self.unwrap_or_return(item, &Type::String);
                        let decoded = self.decode(field_ty, item);
                        values.push(self.unwrap_or_return(decoded, field_ty));
                    }
                    let value = if fields.is_empty() {
                        self.lw.nullary_variant(id, index as u32)
                    } else {
                        let desc = self.lw.desc(TypeDesc {
                            kind: mir::KIND_SUM,
                            n_fields: 1 + fields.len() as u32,
                            ptr_mask: types::ptr_mask(fields) << 1,
                            name: types::bare_name(self.lw.hir, id).to_string(),
                        });
                        let object = self.b.temp(
                            ValueKind::Ptr,
                            Rvalue::Alloc {
                                desc,
                                fields: 1 + fields.len() as u32,
                            },
                        );
                        self.b.store(object.clone(), 0, Operand::Int(index as i64));
                        for (k, value) in values.into_iter().enumerate() {
                            self.b.store(object.clone(), 1 + k as u32, value);
                        }
                        object
                    };
                    let result = self.ok(value, ty);
                    self.ret(result);
                    self.b.switch_to(next);
                }
                let type_name = types::bare_name(self.lw.hir, id).to_string();
                self.return_error(&format!("unknown variant for {type_name}"));
            }
            JsonShape::Unsupported => {
                self.unsupported("decoding from JSON a value of type", ty);
                self.return_error("not decodable");
            }
        }
    }

    fn expect_object(&mut self, json: Operand) {
        let is_object = self.runtime(ValueKind::Bool, "mesh_json_is_object", vec![json]);
        self.when(is_object, |h| h.return_error("expected Object"));
    }

    /// The decoded value of struct field `name` from the `Option<Json>`
    /// `member`: an absent `Option` field is `None`, another absent field
    /// returns `Err("missing field: <name>")`.
    fn member_value(&mut self, member: Operand, name: &str, ty: &Type) -> VarId {
        let value = self.b.new_var(Some(name.to_string()), value_kind(ty));
        let join = self.b.new_block();
        let present = self.is_tag(member.clone(), 0);
        let is_option = matches!(self.lw.json_shape(ty), JsonShape::Option(_));
        self.when(present, |h| {
            if is_option {
                let none = h.none();
                h.b.assign(value, Rvalue::Use(none));
                h.b.terminate(Terminator::Goto(join));
            } else {
                h.return_error(&format!("missing field: {name}"));
            }
        });
        let json = self.load(member, 1, &Type::String);
        let decoded = self.decode(ty, json);
        let decoded = self.unwrap_or_return(decoded, ty);
        self.b.assign(value, Rvalue::Use(decoded));
        self.b.terminate(Terminator::Goto(join));
        self.b.switch_to(join);
        value
    }

    /// Body of `$from_row<ty>`: `(row) -> Result<ty, String>` for a struct
    /// of Int, Float, Bool, String and `Option` of those.
    pub(super) fn build_from_row(&mut self, ty: &Type) {
        let row = self.param(0);
        let JsonShape::Struct(id, fields) = self.lw.json_shape(ty) else {
            self.unsupported("decoding from a database row a value of type", ty);
            self.return_error("not decodable");
            return;
        };
        let mut values = Vec::new();
        for (name, field_ty) in &fields {
            let key = self.lw.string(name);
            let column = self.runtime(ValueKind::Ptr, "mesh_map_fetch", vec![row.clone(), key]);
            let value = self.b.new_var(Some(name.clone()), value_kind(field_ty));
            let join = self.b.new_block();
            let present = self.is_tag(column.clone(), 0);
            let inner = match self.lw.json_shape(field_ty) {
                JsonShape::Option(inner) => Some(inner),
                _ => None,
            };
            let optional = inner.is_some();
            self.when(present, |h| {
                if optional {
                    let none = h.none();
                    h.b.assign(value, Rvalue::Use(none));
                    h.b.terminate(Terminator::Goto(join));
                } else {
                    h.return_error(&format!("missing column: {name}"));
                }
            });
            let text = self.load(column, 1, &Type::String);
            let parsed = match &inner {
                Some(inner) => {
                    let empty = self.lw.string("");
                    let is_empty =
                        self.runtime(ValueKind::Bool, "mesh_string_eq", vec![text.clone(), empty]);
                    let not_empty =
                        self.b.temp(ValueKind::Bool, Rvalue::Unary(mir::UnOp::Not, is_empty));
                    self.when(not_empty, |h| {
                        let none = h.none();
                        h.b.assign(value, Rvalue::Use(none));
                        h.b.terminate(Terminator::Goto(join));
                    });
                    let parsed = self.row_column(text, inner);
                    self.tagged("Option", 0, parsed, inner)
                }
                None => self.row_column(text, field_ty),
            };
            self.b.assign(value, Rvalue::Use(parsed));
            self.b.terminate(Terminator::Goto(join));
            self.b.switch_to(join);
            values.push(Operand::Var(value));
        }
        self.return_ok_struct(id, fields, values, ty);
    }

    /// Builds the struct `id` from its decoded field `values` (declaration
    /// order) and returns `Ok(struct)` of the decoder's result type `ty`.
    fn return_ok_struct(
        &mut self,
        id: TypeId,
        fields: Vec<(String, Type)>,
        values: Vec<Operand>,
        ty: &Type,
    ) {
        let field_types: Vec<Type> = fields.into_iter().map(|(_, t)| t).collect();
        let desc = self.struct_desc(id, &field_types);
        let object = self.b.temp(
            ValueKind::Ptr,
            Rvalue::Alloc {
                desc,
                fields: field_types.len() as u32,
            },
        );
        for (i, value) in values.into_iter().enumerate() {
            self.b.store(object.clone(), i as u32, value);
        }
        let result = self.ok(object, ty);
        self.ret(result);
    }

    /// The value of the column `text` as `ty` (Int, Float, Bool, String);
    /// a parse error is returned from the helper.
    fn row_column(&mut self, text: Operand, ty: &Type) -> Operand {
        let symbol = match ty {
            Type::String => return text,
            Type::Int => "mesh_row_parse_int",
            Type::Float => "mesh_row_parse_float",
            Type::Bool => "mesh_row_parse_bool",
            _ => {
                self.unsupported("a database row field of type", ty);
                return Operand::Int(0);
            }
        };
        let parsed = self.runtime(ValueKind::Ptr, symbol, vec![text]);
        self.unwrap_or_return(parsed, ty)
    }
}
