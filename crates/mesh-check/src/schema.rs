//! Deriving `Schema` for structs (language.md §3.6.9): the options of each
//! struct deriving it, and its synthesised metadata functions
//! `T.__table__()`, `T.__primary_key__()`, `T.__fields__()`,
//! `T.__field_types__()`, `T.__relationships__()`,
//! `T.__relationship_meta__()` and `T.__<field>_col__()`, HIR functions
//! without parameters returning literals (named `T.__table__` and so on).

use crate::checker::{Checker, FnEntry, FnSig};
use crate::hir::{self, FnId, TypeDefKind, TypeId};
use crate::infer::Scheme;
use crate::types::Type;
use mesh_syntax::{ast, Span};

/// The `deriving(Schema)` options of one struct.
pub struct SchemaOptions {
    /// `table "name"`.
    pub table: Option<String>,
    /// `primary_key :name`.
    pub primary_key: Option<String>,
    /// `timestamps true`.
    pub timestamps: bool,
    /// `(kind, name, target type)` of each relationship, in order.
    pub relationships: Vec<(&'static str, String, String)>,
    /// The synthesised metadata functions by name (`__table__`), once the
    /// struct's fields are known.
    pub functions: Vec<(String, FnId)>,
    /// The struct declaration, the span of the synthesised functions.
    pub span: Span,
}

impl SchemaOptions {
    /// The options of `def`, when it lists `Schema` in its `deriving` clause.
    pub fn of(def: &ast::StructDef) -> Option<SchemaOptions> {
        let listed = def.deriving.as_deref()?.iter().any(|n| n.text == "Schema");
        if !listed {
            return None;
        }
        let relationships = def
            .relationships
            .iter()
            .map(|r| {
                let kind = match r.kind {
                    ast::RelationshipKind::BelongsTo => "belongs_to",
                    ast::RelationshipKind::HasMany => "has_many",
                    ast::RelationshipKind::HasOne => "has_one",
                };
                (kind, r.name.text.clone(), r.target.text.clone())
            })
            .collect();
        Some(SchemaOptions {
            table: def.table.as_ref().map(|(t, _)| t.clone()),
            primary_key: def.primary_key.as_ref().map(|n| n.text.clone()),
            timestamps: def.timestamps.is_some_and(|(on, _)| on),
            relationships,
            functions: Vec::new(),
            span: def.span,
        })
    }
}

/// The value of one metadata function.
enum SchemaValue {
    Text(String),
    Texts(Vec<String>),
}

/// The default table name of a type: lower-cased with `s` appended.
fn table_of(type_name: &str) -> String {
    format!("{}s", type_name.to_lowercase())
}

/// The SQL type of a field of type `ty`.
fn sql_type(ty: &Type) -> &'static str {
    match ty {
        Type::Int => "BIGINT",
        Type::Float => "DOUBLE PRECISION",
        Type::Bool => "BOOLEAN",
        _ => "TEXT",
    }
}

impl Checker<'_> {
    /// Whether `id` derives `Schema`.
    pub fn derives_schema(&self, id: TypeId) -> bool {
        self.schemas.contains_key(&id)
    }

    /// The metadata function `function` (`__table__`) of the struct `id`
    /// deriving `Schema`, if it has one.
    pub fn schema_function(&self, id: TypeId, function: &str) -> Option<FnId> {
        let options = self.schemas.get(&id)?;
        options.functions.iter().find(|(n, _)| n == function).map(|(_, f)| *f)
    }

    /// Synthesises the metadata functions of the struct `id` declared in
    /// module `m` (its fields must be resolved).
    pub fn synthesise_schema_functions(&mut self, m: usize, id: TypeId) {
        let Some(TypeDefKind::Struct { fields }) = self.types.get(id.0 as usize).map(|d| &d.kind) else {
            return;
        };
        let mut names: Vec<String> = [
            "__table__",
            "__primary_key__",
            "__fields__",
            "__field_types__",
            "__relationships__",
            "__relationship_meta__",
        ]
        .iter()
        .map(|n| n.to_string())
        .collect();
        names.extend(fields.iter().map(|(f, _)| format!("__{f}_col__")));
        let Some(span) = self.schemas.get(&id).map(|o| o.span) else {
            return;
        };
        let type_name = self.types[id.0 as usize].name.clone();
        let mut functions = Vec::new();
        for name in names {
            let Some(body) = self.schema_value(id, &name, span) else {
                continue;
            };
            let fn_id = FnId(self.fns.len() as u32);
            let ret = body.ty.clone();
            let signature = format!("() -> {}", if ret == Type::String { "String" } else { "List<String>" });
            self.fns.push(FnEntry {
                name: format!("{type_name}.{name}"),
                module: m,
                clauses: Vec::new(),
                sig: FnSig::Done(Scheme {
                    vars: Vec::new(),
                    preds: Vec::new(),
                    projections: Vec::new(),
                    ty: Type::Fun(Vec::new(), Box::new(ret.clone())),
                }),
                hir: Some(hir::Function {
                    name: format!("{type_name}.{name}"),
                    module: self.scopes[m].name.clone(),
                    type_params: Vec::new(),
                    params: Vec::new(),
                    ret,
                    locals: Vec::new(),
                    body,
                    span,
                }),
                signature: Some(signature),
            });
            functions.push((name, fn_id));
        }
        if let Some(options) = self.schemas.get_mut(&id) {
            options.functions = functions;
        }
    }

    /// The value of `T.function()` for the struct `id` deriving `Schema`, as
    /// a literal expression at `span`; `None` when `function` is not one of
    /// its metadata functions.
    fn schema_value(&self, id: TypeId, function: &str, span: Span) -> Option<hir::Expr> {
        let options = self.schemas.get(&id)?;
        let def = &self.types[id.0 as usize];
        let TypeDefKind::Struct { fields } = &def.kind else {
            return None;
        };
        let mut columns: Vec<(String, &'static str)> = fields
            .iter()
            .map(|(name, ty)| (name.clone(), sql_type(ty)))
            .collect();
        if options.timestamps {
            columns.push(("inserted_at".into(), "TEXT"));
            columns.push(("updated_at".into(), "TEXT"));
        }
        let value = match function {
            "__table__" => SchemaValue::Text(options.table.clone().unwrap_or_else(|| table_of(&def.name))),
            "__primary_key__" => SchemaValue::Text(options.primary_key.clone().unwrap_or_else(|| "id".into())),
            "__fields__" => SchemaValue::Texts(columns.into_iter().map(|(n, _)| n).collect()),
            "__field_types__" => SchemaValue::Texts(columns.into_iter().map(|(n, t)| format!("{n}:{t}")).collect()),
            "__relationships__" => SchemaValue::Texts(
                options
                    .relationships
                    .iter()
                    .map(|(kind, name, target)| format!("{kind}:{name}:{target}"))
                    .collect(),
            ),
            "__relationship_meta__" => SchemaValue::Texts(
                options
                    .relationships
                    .iter()
                    .map(|(kind, name, target)| {
                        let fk = match *kind {
                            "belongs_to" => format!("{name}_id"),
                            _ => format!("{}_id", def.name.to_lowercase()),
                        };
                        format!("{kind}:{name}:{target}:{fk}:{}", table_of(target))
                    })
                    .collect(),
            ),
            other => {
                let field = other.strip_prefix("__")?.strip_suffix("_col__")?;
                fields.iter().find(|(n, _)| n == field)?;
                SchemaValue::Text(field.to_string())
            }
        };
        let text = |s: String| hir::Expr {
            kind: hir::ExprKind::Str(s),
            ty: Type::String,
            span,
        };
        Some(match value {
            SchemaValue::Text(s) => text(s),
            SchemaValue::Texts(list) => hir::Expr {
                kind: hir::ExprKind::List(list.into_iter().map(text).collect()),
                ty: Type::Named(self.list_type, vec![Type::String]),
                span,
            },
        })
    }
}
