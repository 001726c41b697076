//! A small builder for typed HIR programs written by hand in tests: the
//! prelude types and the externs the tests use, one source file `main.mpl`
//! whose byte offset `n - 1` lies on line `n` (see `at`), and expression
//! constructors.

#![allow(dead_code)]

use mesh_check::hir::*;
use mesh_check::types::{TyVar, Type};
use mesh_syntax::{FileId, SourceFile, Span};

pub const OPTION: TypeId = TypeId(0);
pub const RESULT: TypeId = TypeId(1);
pub const ORDERING: TypeId = TypeId(2);
pub const LIST: TypeId = TypeId(3);

pub fn option(t: Type) -> Type {
    Type::Named(OPTION, vec![t])
}
pub fn result(t: Type, e: Type) -> Type {
    Type::Named(RESULT, vec![t, e])
}
pub fn list(t: Type) -> Type {
    Type::Named(LIST, vec![t])
}

/// A span on 1-based line `line` of `main.mpl`.
pub fn line(line: u32) -> Span {
    Span {
        file: FileId(0),
        start: line - 1,
        end: line,
    }
}

pub struct Hir {
    pub program: Program,
    pub println: ExternId,
    pub to_string: ExternId,
}

impl Hir {
    pub fn new() -> Hir {
        let t = TyVar(0);
        let e = TyVar(1);
        let types = vec![
            TypeDef {
                derives: vec![],
                name: "Option".into(),
                module: "Prelude".into(),
                params: vec![t],
                kind: TypeDefKind::Sum {
                    variants: vec![
                        VariantDef {
                            name: "Some".into(),
                            fields: vec![Type::Var(t)],
                        },
                        VariantDef {
                            name: "None".into(),
                            fields: vec![],
                        },
                    ],
                },
            },
            TypeDef {
                derives: vec![],
                name: "Result".into(),
                module: "Prelude".into(),
                params: vec![t, e],
                kind: TypeDefKind::Sum {
                    variants: vec![
                        VariantDef {
                            name: "Ok".into(),
                            fields: vec![Type::Var(t)],
                        },
                        VariantDef {
                            name: "Err".into(),
                            fields: vec![Type::Var(e)],
                        },
                    ],
                },
            },
            TypeDef {
                derives: vec![],
                name: "Ordering".into(),
                module: "Prelude".into(),
                params: vec![],
                kind: TypeDefKind::Sum {
                    variants: ["Less", "Equal", "Greater"]
                        .iter()
                        .map(|n| VariantDef {
                            name: n.to_string(),
                            fields: vec![],
                        })
                        .collect(),
                },
            },
            TypeDef {
                derives: vec![],
                name: "List".into(),
                module: "Prelude".into(),
                params: vec![t],
                kind: TypeDefKind::Builtin,
            },
        ];
        let externs = vec![
            ExternFn {
                name: "println".into(),
                module: "Prelude".into(),
                symbol: "mesh_println".into(),
                type_params: vec![],
                type_info_params: vec![],
                params: vec![Type::String],
                ret: Type::Unit,
            },
            ExternFn {
                name: "to_string".into(),
                module: "Prelude".into(),
                symbol: "@to_string".into(),
                type_params: vec![t],
                type_info_params: vec![],
                params: vec![Type::Var(t)],
                ret: Type::String,
            },
        ];
        let program = Program {
            types,
            functions: Vec::new(),
            externs,
            main: FnId(0),
            impls: Vec::new(),
            well_known: WellKnown {
                option: OPTION,
                result: RESULT,
                ordering: ORDERING,
                list: LIST,
            },
            files: vec![SourceFile {
                id: FileId(0),
                path: "main.mpl".into(),
                text: "\n".repeat(400),
            }],
        };
        Hir {
            program,
            println: ExternId(0),
            to_string: ExternId(1),
        }
    }

    pub fn add_type(&mut self, def: TypeDef) -> TypeId {
        self.program.types.push(def);
        TypeId(self.program.types.len() as u32 - 1)
    }

    pub fn add_extern(
        &mut self,
        name: &str,
        symbol: &str,
        params: Vec<Type>,
        ret: Type,
    ) -> ExternId {
        self.program.externs.push(ExternFn {
            name: name.into(),
            module: "Test".into(),
            symbol: symbol.into(),
            type_params: vec![],
            type_info_params: vec![],
            params,
            ret,
        });
        ExternId(self.program.externs.len() as u32 - 1)
    }

    /// A runtime binding with type parameters (`symbol` may be `@inspect`
    /// or end in a bracketed list such as `[K,V]`, which names the first
    /// type parameters in order and asks for their TypeInfos, as the checker
    /// resolves `extern fn new<K, V>() ... = "mesh_map_new[K,V]"`).
    pub fn add_generic_extern(
        &mut self,
        name: &str,
        symbol: &str,
        type_params: Vec<TyVar>,
        params: Vec<Type>,
        ret: Type,
    ) -> ExternId {
        let (symbol, type_info_params) =
            match symbol.strip_suffix(']').and_then(|s| s.split_once('[')) {
                Some((symbol, list)) => (symbol, (0..list.split(',').count() as u32).collect()),
                None => (symbol, Vec::new()),
            };
        self.program.externs.push(ExternFn {
            name: name.into(),
            module: "Test".into(),
            symbol: symbol.into(),
            type_params,
            type_info_params,
            params,
            ret,
        });
        ExternId(self.program.externs.len() as u32 - 1)
    }

    /// A struct type of module `Main`; `fields` may use `params`.
    pub fn add_struct(
        &mut self,
        name: &str,
        params: Vec<TyVar>,
        fields: Vec<(&str, Type)>,
    ) -> TypeId {
        self.add_type(TypeDef {
            derives: vec![],
            name: name.into(),
            module: "Main".into(),
            params,
            kind: TypeDefKind::Struct {
                fields: fields
                    .into_iter()
                    .map(|(n, t)| (n.to_string(), t))
                    .collect(),
            },
        })
    }

    /// Reserves a function id (so that bodies can call functions defined later).
    pub fn declare(&mut self, module: &str, name: &str) -> FnId {
        self.program.functions.push(Function {
            name: name.into(),
            module: module.into(),
            type_params: vec![],
            params: vec![],
            ret: Type::Unit,
            locals: vec![],
            body: unit(),
            span: line(1),
        });
        FnId(self.program.functions.len() as u32 - 1)
    }

    pub fn define(&mut self, id: FnId, def: FnDef, ret: Type, body: Expr) {
        let f = &mut self.program.functions[id.0 as usize];
        f.type_params = def.type_params;
        f.params = def.params;
        f.locals = def.locals;
        f.ret = ret;
        f.body = body;
    }

    pub fn set_main(&mut self, id: FnId) {
        self.program.main = id;
    }

    /// `println(text)` as a statement.
    pub fn println(&self, text: Expr) -> Stmt {
        Stmt::Expr(ext(self.println, vec![], vec![text], Type::Unit))
    }

    /// `println("${value}")` as a statement.
    pub fn print_value(&self, value: Expr) -> Stmt {
        self.println(self.show(value))
    }

    /// `to_string(value)`.
    pub fn show(&self, value: Expr) -> Expr {
        let ty = value.ty.clone();
        ext(self.to_string, vec![ty], vec![value], Type::String)
    }
}

/// Parameters and locals of a function being written.
#[derive(Default)]
pub struct FnDef {
    pub type_params: Vec<TyVar>,
    pub params: Vec<LocalId>,
    pub locals: Vec<Local>,
}

impl FnDef {
    pub fn new() -> FnDef {
        FnDef::default()
    }

    pub fn generic(type_params: Vec<TyVar>) -> FnDef {
        FnDef {
            type_params,
            ..FnDef::default()
        }
    }

    /// A new parameter; returns an expression reading it.
    pub fn param(&mut self, name: &str, ty: Type) -> Expr {
        let id = self.local_id(name, ty.clone());
        self.params.push(id);
        local(id, ty)
    }

    pub fn local_id(&mut self, name: &str, ty: Type) -> LocalId {
        self.locals.push(Local {
            name: name.into(),
            ty,
        });
        LocalId(self.locals.len() as u32 - 1)
    }
}

fn expr(kind: ExprKind, ty: Type) -> Expr {
    Expr {
        kind,
        ty,
        span: line(1),
    }
}

pub trait At {
    /// Places the expression on line `n`.
    fn at(self, n: u32) -> Self;
}

impl At for Expr {
    fn at(mut self, n: u32) -> Expr {
        self.span = line(n);
        self
    }
}

pub fn int(n: i64) -> Expr {
    expr(ExprKind::Int(n), Type::Int)
}
pub fn float(x: f64) -> Expr {
    expr(ExprKind::Float(x), Type::Float)
}
pub fn boolean(b: bool) -> Expr {
    expr(ExprKind::Bool(b), Type::Bool)
}
pub fn unit() -> Expr {
    expr(ExprKind::Unit, Type::Unit)
}
pub fn string(s: &str) -> Expr {
    expr(ExprKind::Str(s.into()), Type::String)
}
pub fn atom(s: &str) -> Expr {
    expr(ExprKind::Atom(s.into()), Type::Atom)
}
pub fn local(id: LocalId, ty: Type) -> Expr {
    expr(ExprKind::Local(id), ty)
}
pub fn call(f: FnId, type_args: Vec<Type>, args: Vec<Expr>, ret: Type) -> Expr {
    expr(
        ExprKind::Call {
            callee: Callee::Fn(f),
            type_args,
            args,
        },
        ret,
    )
}
pub fn ext(e: ExternId, type_args: Vec<Type>, args: Vec<Expr>, ret: Type) -> Expr {
    expr(
        ExprKind::Call {
            callee: Callee::Extern(e),
            type_args,
            args,
        },
        ret,
    )
}
pub fn bin(op: BinOp, lhs: Expr, rhs: Expr) -> Expr {
    let ty = match op {
        BinOp::Eq
        | BinOp::Ne
        | BinOp::Lt
        | BinOp::Gt
        | BinOp::Le
        | BinOp::Ge
        | BinOp::And
        | BinOp::Or => Type::Bool,
        _ => lhs.ty.clone(),
    };
    expr(
        ExprKind::Binary {
            op,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        },
        ty,
    )
}
pub fn neg(operand: Expr) -> Expr {
    let ty = operand.ty.clone();
    expr(
        ExprKind::Unary {
            op: UnOp::Neg,
            operand: Box::new(operand),
        },
        ty,
    )
}
pub fn not(operand: Expr) -> Expr {
    expr(
        ExprKind::Unary {
            op: UnOp::Not,
            operand: Box::new(operand),
        },
        Type::Bool,
    )
}
pub fn interp(parts: Vec<Expr>) -> Expr {
    expr(ExprKind::StringConcat(parts), Type::String)
}
pub fn block(stmts: Vec<Stmt>, value: Expr) -> Expr {
    let ty = value.ty.clone();
    expr(
        ExprKind::Block {
            stmts,
            value: Box::new(value),
        },
        ty,
    )
}
pub fn let_(id: LocalId, value: Expr) -> Stmt {
    let ty = value.ty.clone();
    Stmt::Let {
        pat: pat(PatternKind::Bind(id), ty),
        value,
    }
}
pub fn if_(cond: Expr, then_branch: Expr, else_branch: Expr) -> Expr {
    let ty = if then_branch.ty == Type::Never {
        else_branch.ty.clone()
    } else {
        then_branch.ty.clone()
    };
    expr(
        ExprKind::If {
            cond: Box::new(cond),
            then_branch: Box::new(then_branch),
            else_branch: Box::new(else_branch),
        },
        ty,
    )
}
pub fn case(scrutinee: Expr, arms: Vec<Arm>, ty: Type) -> Expr {
    expr(
        ExprKind::Case {
            scrutinee: Box::new(scrutinee),
            arms,
        },
        ty,
    )
}
pub fn arm(pat: Pattern, body: Expr) -> Arm {
    Arm {
        pat,
        guard: None,
        body,
    }
}
pub fn guarded(pat: Pattern, guard: Expr, body: Expr) -> Arm {
    Arm {
        pat,
        guard: Some(guard),
        body,
    }
}
pub fn ret(value: Expr) -> Expr {
    expr(ExprKind::Return(Box::new(value)), Type::Never)
}
pub fn tuple(items: Vec<Expr>) -> Expr {
    let ty = Type::Tuple(items.iter().map(|i| i.ty.clone()).collect());
    expr(ExprKind::Tuple(items), ty)
}
pub fn list_of(elem: Type, items: Vec<Expr>) -> Expr {
    expr(ExprKind::List(items), list(elem))
}
pub fn construct(ty: Type, variant: u32, args: Vec<Expr>) -> Expr {
    let id = match &ty {
        Type::Named(id, _) => *id,
        _ => panic!("construct of a non-nominal type"),
    };
    expr(
        ExprKind::Construct {
            ty: id,
            variant,
            args,
        },
        ty,
    )
}
pub fn some(value: Expr) -> Expr {
    let ty = option(value.ty.clone());
    construct(ty, 0, vec![value])
}
pub fn none(elem: Type) -> Expr {
    construct(option(elem), 1, vec![])
}

pub fn pat(kind: PatternKind, ty: Type) -> Pattern {
    Pattern {
        kind,
        ty,
        span: line(1),
    }
}
pub fn p_wild(ty: Type) -> Pattern {
    pat(PatternKind::Wildcard, ty)
}
pub fn p_bind(id: LocalId, ty: Type) -> Pattern {
    pat(PatternKind::Bind(id), ty)
}
pub fn p_int(n: i64) -> Pattern {
    pat(PatternKind::Int(n), Type::Int)
}
pub fn p_str(s: &str) -> Pattern {
    pat(PatternKind::Str(s.into()), Type::String)
}
pub fn p_bool(b: bool) -> Pattern {
    pat(PatternKind::Bool(b), Type::Bool)
}
pub fn p_tuple(items: Vec<Pattern>) -> Pattern {
    let ty = Type::Tuple(items.iter().map(|p| p.ty.clone()).collect());
    pat(PatternKind::Tuple(items), ty)
}
pub fn p_variant(ty: Type, variant: u32, args: Vec<Pattern>) -> Pattern {
    let id = match &ty {
        Type::Named(id, _) => *id,
        _ => panic!("variant pattern of a non-nominal type"),
    };
    pat(
        PatternKind::Variant {
            ty: id,
            variant,
            args,
        },
        ty,
    )
}

pub fn fun(params: Vec<Type>, ret: Type) -> Type {
    Type::Fun(params, Box::new(ret))
}
pub fn lambda(params: Vec<(LocalId, Type)>, captures: Vec<LocalId>, body: Expr) -> Expr {
    let ty = fun(
        params.iter().map(|(_, t)| t.clone()).collect(),
        body.ty.clone(),
    );
    expr(
        ExprKind::Lambda {
            params: params.into_iter().map(|(id, _)| id).collect(),
            captures,
            body: Box::new(body),
        },
        ty,
    )
}
pub fn call_value(callee: Expr, args: Vec<Expr>) -> Expr {
    let ret = match &callee.ty {
        Type::Fun(_, ret) => (**ret).clone(),
        _ => panic!("call of a non-function"),
    };
    expr(
        ExprKind::CallValue {
            callee: Box::new(callee),
            args,
        },
        ret,
    )
}
pub fn fn_ref(func: FnId, type_args: Vec<Type>, ty: Type) -> Expr {
    expr(ExprKind::FnRef { func, type_args }, ty)
}
pub fn ext_ref(func: ExternId, type_args: Vec<Type>, ty: Type) -> Expr {
    expr(ExprKind::ExternRef { func, type_args }, ty)
}
pub fn struct_(ty: Type, fields: Vec<Expr>) -> Expr {
    let id = match &ty {
        Type::Named(id, _) => *id,
        _ => panic!("struct of a non-nominal type"),
    };
    expr(ExprKind::Struct { ty: id, fields }, ty)
}
pub fn field(base: Expr, index: u32, ty: Type) -> Expr {
    expr(
        ExprKind::Field {
            base: Box::new(base),
            index,
        },
        ty,
    )
}
pub fn update(base: Expr, fields: Vec<(u32, Expr)>) -> Expr {
    let ty = base.ty.clone();
    expr(
        ExprKind::UpdateStruct {
            base: Box::new(base),
            fields,
        },
        ty,
    )
}
pub fn while_(cond: Expr, body: Expr) -> Expr {
    expr(
        ExprKind::While {
            cond: Box::new(cond),
            body: Box::new(body),
        },
        Type::Unit,
    )
}
pub fn for_(pat: Pattern, source: ForSource, filter: Option<Expr>, body: Expr) -> Expr {
    let ty = list(body.ty.clone());
    expr(
        ExprKind::For {
            pat,
            source,
            filter: filter.map(Box::new),
            body: Box::new(body),
        },
        ty,
    )
}
pub fn break_() -> Expr {
    expr(ExprKind::Break, Type::Never)
}
pub fn continue_() -> Expr {
    expr(ExprKind::Continue, Type::Never)
}
pub fn p_cons(head: Pattern, tail: Pattern) -> Pattern {
    let ty = tail.ty.clone();
    pat(
        PatternKind::Cons {
            head: Box::new(head),
            tail: Box::new(tail),
        },
        ty,
    )
}
pub fn p_list(elem: Type, items: Vec<Pattern>) -> Pattern {
    pat(PatternKind::List(items), list(elem))
}
pub fn p_or(alternatives: Vec<Pattern>) -> Pattern {
    let ty = alternatives[0].ty.clone();
    pat(PatternKind::Or(alternatives), ty)
}
pub fn p_as(inner: Pattern, local: LocalId) -> Pattern {
    let ty = inner.ty.clone();
    pat(
        PatternKind::As {
            pat: Box::new(inner),
            local,
        },
        ty,
    )
}

/// `interface.method(args)` resolved on `self_ty` after substitution.
pub fn trait_call(interface: &str, method: &str, self_ty: Type, args: Vec<Expr>, ret: Type) -> Expr {
    expr(
        ExprKind::TraitCall {
            interface: interface.into(),
            method: method.into(),
            self_ty,
            type_args: vec![],
            args,
        },
        ret,
    )
}
