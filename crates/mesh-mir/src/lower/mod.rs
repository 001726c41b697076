//! The lowering driver: monomorphisation from `main` over a work queue of
//! function instances and generated helpers, and the program-wide tables
//! (static strings, type descriptors, static objects, diagnostics).

mod body;
mod builder;
mod closures;
mod copy;
mod externs;
mod helpers;
mod json;
mod loops;
mod ops;
mod pattern;
mod receive;
mod structs;
mod traits;
mod type_info;
mod types;

use crate::mir::{
    self, DescId, FuncId, Operand, StaticId, StaticObject, StrId, TypeDesc, TypeInfoId,
};
use builder::FnBuilder;
use mesh_check::hir::{self, FnId};
use mesh_check::types::Type;
use mesh_syntax::{codes, Diagnostic, Span};
use std::collections::{HashMap, VecDeque};

/// Instances and helpers for types larger than this (in type nodes) are
/// refused: only polymorphic recursion or nested data types that grow a
/// type at every step get there, and they would never finish.
const MAX_TYPE_SIZE: usize = 2000;

fn type_size(ty: &Type) -> usize {
    1 + match ty {
        Type::Named(_, args) => args.iter().map(type_size).sum(),
        Type::Tuple(items) => items.iter().map(type_size).sum(),
        Type::Fun(params, ret) => params.iter().map(type_size).sum::<usize>() + type_size(ret),
        _ => 0,
    }
}

/// A function the lowering generates per concrete type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Helper {
    /// `(x) -> String`: the Display text (language §4.17, §3.6.4).
    ToString,
    /// `(a, b) -> Bool`: structural equality.
    Eq,
    /// `(a, b) -> Int`: structural ordering, `-1`/`0`/`1`.
    Cmp,
    /// `(x) -> String`: the Debug text (language §3.6.5).
    Inspect,
    /// `(x) -> Int`: a deterministic combination of the field hashes.
    Hash,
    /// `(a, b) -> Bool`: identity of the two words (function values and
    /// runtime-owned types without structural equality).
    SameWord,
    /// `(x) -> Json`: the JSON value of `x` (language §3.6.7).
    ToJson,
    /// `(json) -> Result<T, String>`: decoding (stdlib §14.2).
    FromJson,
    /// `(row :: Map<String, String>) -> Result<T, String>` (language §3.6.8).
    FromRow,
    /// `(x) -> T`: a deep copy of `x` in the current heap (ABI.md
    /// "Messages and type tags").
    Copy,
}

/// A function or runtime binding used as a value, with concrete type arguments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FnValue {
    Fn(FnId, Vec<Type>),
    Extern(hir::ExternId, Vec<Type>),
}

enum Work {
    Instance(FnId, Vec<Type>),
    /// With the span of the first use, for diagnostics.
    Helper(Helper, Type, Span),
}

pub struct Lowerer<'h> {
    pub hir: &'h hir::Program,
    functions: Vec<Option<mir::Function>>,
    instances: HashMap<(FnId, Vec<Type>), FuncId>,
    helpers: HashMap<(Helper, Type), FuncId>,
    queue: VecDeque<(FuncId, Work)>,
    strings: Vec<String>,
    string_ids: HashMap<String, StrId>,
    descs: Vec<TypeDesc>,
    desc_ids: HashMap<TypeDesc, DescId>,
    statics: Vec<StaticObject>,
    static_ids: HashMap<(hir::TypeId, u32), StaticId>,
    fn_values: HashMap<FnValue, StaticId>,
    type_infos: Vec<mir::TypeInfo>,
    type_info_ids: HashMap<Type, TypeInfoId>,
    diagnostics: Vec<Diagnostic>,
}

/// Lowers the functions reachable from `main`.
pub fn lower(program: &hir::Program) -> mir::Program {
    let mut lowerer = Lowerer {
        hir: program,
        functions: Vec::new(),
        instances: HashMap::new(),
        helpers: HashMap::new(),
        queue: VecDeque::new(),
        strings: Vec::new(),
        string_ids: HashMap::new(),
        descs: Vec::new(),
        desc_ids: HashMap::new(),
        statics: Vec::new(),
        static_ids: HashMap::new(),
        fn_values: HashMap::new(),
        type_infos: Vec::new(),
        type_info_ids: HashMap::new(),
        diagnostics: Vec::new(),
    };
    let main_span = program
        .functions
        .get(program.main.0 as usize)
        .map(|f| f.span)
        .unwrap_or_default();
    // `main` takes no arguments, but its result may be left generic (a
    // body ending in `Process.halt(0)` returns any `T`): such type
    // parameters are instantiated at `()`.
    let main_type_args = program
        .functions
        .get(program.main.0 as usize)
        .map(|f| vec![Type::Unit; f.type_params.len()])
        .unwrap_or_default();
    let entry = lowerer.instance(program.main, main_type_args, main_span);
    while let Some((id, work)) = lowerer.queue.pop_front() {
        let function = match work {
            Work::Instance(fn_id, type_args) => {
                body::lower_function(&mut lowerer, fn_id, type_args)
            }
            Work::Helper(helper, ty, span) => match lowerer.user_helper_method(helper, &ty) {
                Some(found) => lowerer.user_helper(helper, &ty, found, span),
                None => helpers::build(&mut lowerer, helper, &ty, span),
            },
        };
        lowerer.functions[id.0 as usize] = Some(function);
    }
    mir::Program {
        functions: lowerer
            .functions
            .into_iter()
            .map(|f| f.expect("every queued function is built"))
            .collect(),
        entry,
        strings: lowerer.strings,
        descs: lowerer.descs,
        statics: lowerer.statics,
        type_infos: lowerer.type_infos,
        diagnostics: lowerer.diagnostics,
    }
}

impl<'h> Lowerer<'h> {
    /// The instance of `fn_id` for the concrete `type_args`, queued for
    /// lowering on first request. `span` is the call, for diagnostics.
    pub fn instance(&mut self, fn_id: FnId, type_args: Vec<Type>, span: Span) -> FuncId {
        if let Some(id) = self.instances.get(&(fn_id, type_args.clone())) {
            return *id;
        }
        let id = self.reserve();
        if type_args.iter().map(type_size).sum::<usize>() > MAX_TYPE_SIZE {
            // Polymorphic recursion that builds ever larger types would
            // need infinitely many instances.
            let name = &self.hir.functions[fn_id.0 as usize].name;
            self.unsupported(
                &format!("polymorphic recursion of `{name}` at ever larger types"),
                span,
            );
            self.functions[id.0 as usize] = Some(FnBuilder::new().finish(
                format!("{name}<...>"),
                Vec::new(),
                mir::ValueKind::Unit,
            ));
            return id;
        }
        self.instances.insert((fn_id, type_args.clone()), id);
        self.queue.push_back((id, Work::Instance(fn_id, type_args)));
        id
    }

    /// The helper of kind `helper` for the concrete type `ty`.
    pub fn helper(&mut self, helper: Helper, ty: &Type, span: Span) -> FuncId {
        if let Some(id) = self.helpers.get(&(helper, ty.clone())) {
            return *id;
        }
        let id = self.reserve();
        self.helpers.insert((helper, ty.clone()), id);
        if type_size(ty) > MAX_TYPE_SIZE {
            let name = match ty {
                Type::Named(id, _) => self.hir.types[id.0 as usize].name.clone(),
                _ => "tuple".to_string(),
            };
            let what = format!("a recursive type that nests ever deeper (`{name}`)");
            self.unsupported(&what, span);
            self.functions[id.0 as usize] = Some(FnBuilder::new().finish(
                "$unsupported".into(),
                Vec::new(),
                mir::ValueKind::Unit,
            ));
            return id;
        }
        self.queue
            .push_back((id, Work::Helper(helper, ty.clone(), span)));
        id
    }

    /// A function slot to be filled with `define`.
    pub fn reserve(&mut self) -> FuncId {
        self.functions.push(None);
        FuncId(self.functions.len() as u32 - 1)
    }

    /// Fills the slot `id` obtained from `reserve`.
    pub fn define(&mut self, id: FuncId, function: mir::Function) {
        self.functions[id.0 as usize] = Some(function);
    }

    /// The symbol of the instance of `fn_id` for `type_args`.
    pub fn instance_name(&self, fn_id: FnId, type_args: &[Type]) -> String {
        let func = &self.hir.functions[fn_id.0 as usize];
        let name = format!("{}.{}", func.module, func.name);
        if type_args.is_empty() {
            name
        } else {
            format!("{name}<{}>", types::list_text(self.hir, type_args))
        }
    }

    /// A static object whose fields are the constant words `fields`.
    pub fn static_object(&mut self, desc: TypeDesc, fields: Vec<Operand>) -> StaticId {
        let desc = self.desc(desc);
        self.statics.push(StaticObject { desc, fields });
        StaticId(self.statics.len() as u32 - 1)
    }

    /// A static string object with the given text.
    pub fn string(&mut self, text: &str) -> Operand {
        if let Some(id) = self.string_ids.get(text) {
            return Operand::Str(*id);
        }
        let id = StrId(self.strings.len() as u32);
        self.strings.push(text.to_string());
        self.string_ids.insert(text.to_string(), id);
        Operand::Str(id)
    }

    pub fn desc(&mut self, desc: TypeDesc) -> DescId {
        if let Some(id) = self.desc_ids.get(&desc) {
            return *id;
        }
        let id = DescId(self.descs.len() as u32);
        self.descs.push(desc.clone());
        self.desc_ids.insert(desc, id);
        id
    }

    /// The static object of nullary variant `variant` of sum type `ty`.
    pub fn nullary_variant(&mut self, ty: hir::TypeId, variant: u32) -> Operand {
        if let Some(id) = self.static_ids.get(&(ty, variant)) {
            return Operand::Static(*id);
        }
        let desc = self.desc(TypeDesc {
            kind: mir::KIND_SUM,
            n_fields: 1,
            ptr_mask: 0,
            name: types::bare_name(self.hir, ty).to_string(),
        });
        let id = StaticId(self.statics.len() as u32);
        self.statics.push(StaticObject {
            desc,
            fields: vec![Operand::Int(variant as i64)],
        });
        self.static_ids.insert((ty, variant), id);
        Operand::Static(id)
    }

    /// `(file path, 1-based line)` of the start of `span`.
    pub fn location(&self, span: Span) -> (String, u32) {
        match self.hir.files.iter().find(|f| f.id == span.file) {
            Some(file) => (file.path.clone(), file.line_col(span.start).0 as u32),
            None => ("<unknown>".to_string(), 0),
        }
    }

    /// Records that `what` cannot be compiled yet (reported once per site).
    pub fn unsupported(&mut self, what: &str, span: Span) {
        let diagnostic = Diagnostic::error(
            codes::UNSUPPORTED,
            format!("{what} is not supported yet"),
            span,
        );
        if !self.diagnostics.contains(&diagnostic) {
            self.diagnostics.push(diagnostic);
        }
    }

    pub fn type_text(&self, ty: &Type) -> String {
        types::type_text(self.hir, ty)
    }
}
