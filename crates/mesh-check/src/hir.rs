//! The typed HIR: the checker's output and the lowering's input.
//!
//! Invariants of a `Program` (the checker only returns one when it reported
//! no errors):
//! * every name is resolved (locals to `LocalId`, functions to `FnId`,
//!   runtime bindings to `ExternId`, constructors to `(TypeId, variant)`);
//! * every expression has its final type; the only type variables left are
//!   the generalised parameters (`type_params`) of the enclosing function;
//! * sugar is gone: pipes are calls, string interpolation is `StringConcat`
//!   of `String`-typed parts (non-strings wrapped in a `@to_string` call),
//!   an `if` without `else` has an explicit `Unit` else branch, a block
//!   ending in `let` yields the bound value.
//!
//! Additive changes only: the lowering is written against this file.

use crate::types::{Type, TyVar};
use mesh_syntax::{SourceFile, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FnId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExternId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);
/// Index into the enclosing `Function::locals`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);

/// A whole checked program: user modules and the standard library.
#[derive(Clone, Debug)]
pub struct Program {
    /// Nominal types, indexed by `TypeId`.
    pub types: Vec<TypeDef>,
    /// Functions with bodies, indexed by `FnId`.
    pub functions: Vec<Function>,
    /// Runtime bindings, indexed by `ExternId`.
    pub externs: Vec<ExternFn>,
    /// The user's `fn main()` in `main.mpl`.
    pub main: FnId,
    /// The types the compiler and runtime must agree on.
    pub well_known: WellKnown,
    /// Every source file, so that lowering can turn spans into `file:line`
    /// for panic messages.
    pub files: Vec<SourceFile>,
}

/// Types with a fixed meaning. Their sum-type tags follow declaration order
/// in `stdlib/prelude.mpl`: `Some` = 0, `None` = 1; `Ok` = 0, `Err` = 1;
/// `Less` = 0, `Equal` = 1, `Greater` = 2.
#[derive(Clone, Debug)]
pub struct WellKnown {
    pub option: TypeId,
    pub result: TypeId,
    pub ordering: TypeId,
    pub list: TypeId,
}

#[derive(Clone, Debug)]
pub struct TypeDef {
    pub name: String,
    /// Declaring module (`Main`, `Types.Event`; `Prelude` for built-ins).
    pub module: String,
    pub params: Vec<TyVar>,
    pub kind: TypeDefKind,
}

#[derive(Clone, Debug)]
pub enum TypeDefKind {
    /// A runtime-provided type (`List`, `Map`, `Pid`, ...), opaque to the compiler.
    Builtin,
    Struct { fields: Vec<(String, Type)> },
    Sum { variants: Vec<VariantDef> },
}

#[derive(Clone, Debug)]
pub struct VariantDef {
    pub name: String,
    pub fields: Vec<Type>,
}

#[derive(Clone, Debug)]
pub struct Function {
    /// Source name (`fib`).
    pub name: String,
    /// Declaring module (`Main`, `Util`, `String` for stdlib modules).
    pub module: String,
    /// Generalised type variables; a call supplies one `Type` for each.
    pub type_params: Vec<TyVar>,
    /// The parameters, in order (each also in `locals`).
    pub params: Vec<LocalId>,
    pub ret: Type,
    /// Every local of the body (parameters, `let`s, pattern variables).
    pub locals: Vec<Local>,
    pub body: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Type,
}

/// A binding to a runtime symbol, from an `extern fn` in `stdlib/*.mpl`.
#[derive(Clone, Debug)]
pub struct ExternFn {
    pub name: String,
    pub module: String,
    /// The C symbol (`mesh_string_length`). A symbol starting with `@` names an
    /// operation the lowering implements per concrete type instead:
    /// * `@to_string`: the Display text of its one argument (language §4.17).
    ///
    /// A symbol may end with a list of the extern's type parameters in
    /// brackets, `"mesh_map_new[K,V]"`: the lowering then passes, after the
    /// ordinary arguments, one pointer to the `TypeInfo` (crates/mesh-rt/ABI.md)
    /// of each listed parameter's concrete type, and calls the symbol without
    /// the brackets.
    pub symbol: String,
    pub type_params: Vec<TyVar>,
    pub params: Vec<Type>,
    pub ret: Type,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    Unit,
    Str(String),
    Atom(String),
    Local(LocalId),
    /// A direct call of a known function or runtime binding. `type_args`
    /// instantiates the callee's `type_params` (in terms of the caller's).
    Call { callee: Callee, type_args: Vec<Type>, args: Vec<Expr> },
    /// Arithmetic, comparison and concatenation on the operands' type
    /// (`Int`, `Float`, `String`, `Bool`, `Unit`; `Concat` on `String`).
    /// `And`/`Or` short-circuit.
    Binary { op: BinOp, lhs: Box<Expr>, rhs: Box<Expr> },
    Unary { op: UnOp, operand: Box<Expr> },
    /// Concatenation of string parts, left to right (interpolation).
    StringConcat(Vec<Expr>),
    /// Statements, then the value of `value`.
    Block { stmts: Vec<Stmt>, value: Box<Expr> },
    /// Always has an else branch (`Unit` when the source had none).
    If { cond: Box<Expr>, then_branch: Box<Expr>, else_branch: Box<Expr> },
    /// Arms are tried in order; a `case` that type-checked is exhaustive
    /// over its unguarded arms.
    Case { scrutinee: Box<Expr>, arms: Vec<Arm> },
    /// Leaves the enclosing function with the value (type `Never`).
    Return(Box<Expr>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    /// A sum-type value: `variant` indexes `TypeDefKind::Sum::variants`.
    Construct { ty: TypeId, variant: u32, args: Vec<Expr> },

    // ---- functions as values
    /// A named function used as a value (a closure object without captures).
    FnRef { func: FnId, type_args: Vec<Type> },
    /// A runtime binding used as a value.
    ExternRef { func: ExternId, type_args: Vec<Type> },
    /// An anonymous function. `params`, `captures` and every local bound in
    /// `body` are locals of the enclosing `Function`; `captures` lists each
    /// enclosing local the body reads (its value is copied when the closure is
    /// created). The lowering lifts the body into a function of its own.
    Lambda { params: Vec<LocalId>, captures: Vec<LocalId>, body: Box<Expr> },
    /// Call of a function value (a `Lambda`, `FnRef`, `ExternRef` or a value
    /// of type `Fun(...)` from anywhere). The callee is evaluated first.
    CallValue { callee: Box<Expr>, args: Vec<Expr> },

    // ---- structs
    /// A struct value; `fields` in declaration order (the checker reorders
    /// the source's initialisers and keeps their evaluation order by binding
    /// them to locals first where the orders differ).
    Struct { ty: TypeId, fields: Vec<Expr> },
    /// Field `index` (declaration order) of a struct value.
    Field { base: Box<Expr>, index: u32 },
    /// A copy of the struct `base` with the listed fields replaced; `base`
    /// is evaluated first, then the new values left to right.
    UpdateStruct { base: Box<Expr>, fields: Vec<(u32, Expr)> },

    // ---- loops (language.md §4.14)
    /// `while cond do body end`; type `()`.
    While { cond: Box<Expr>, body: Box<Expr> },
    /// `for pat in source [when filter] do body end`: the `List` of the body's
    /// values for the elements that passed the filter and did not `continue`.
    For { pat: Pattern, source: ForSource, filter: Option<Box<Expr>>, body: Box<Expr> },
    /// Leaves the innermost `While`/`For` of the same function or lambda.
    Break,
    /// Goes to the next iteration of the innermost `While`/`For`.
    Continue,
}

/// What a `for` iterates over.
#[derive(Clone, Debug)]
pub enum ForSource {
    /// `a..b` written directly, or a `Range` value: the Ints `start..end`.
    Range(Box<Expr>),
    /// The elements of a `List<T>`.
    List(Box<Expr>),
    /// The `(key, value)` tuples of a `Map<K, V>`, in insertion order.
    Map(Box<Expr>),
    /// The elements of a `Set<T>`, in insertion order.
    Set(Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee {
    Fn(FnId),
    Extern(ExternId),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    /// Evaluates `value` and binds it (irrefutable pattern).
    Let { pat: Pattern, value: Expr },
    /// Evaluates and discards.
    Expr(Expr),
}

#[derive(Clone, Debug)]
pub struct Arm {
    pub pat: Pattern,
    pub guard: Option<Expr>,
    pub body: Expr,
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub ty: Type,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    Wildcard,
    Bind(LocalId),
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    Unit,
    Tuple(Vec<Pattern>),
    Variant { ty: TypeId, variant: u32, args: Vec<Pattern> },
    /// `head :: tail` on a non-empty list.
    Cons { head: Box<Pattern>, tail: Box<Pattern> },
    /// `[]` and `[p1, ..., pn]`: a list of exactly that length.
    List(Vec<Pattern>),
    /// `p1 | p2 | ...`: every alternative binds the same locals.
    Or(Vec<Pattern>),
    /// `p as name`
    As { pat: Box<Pattern>, local: LocalId },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    And,
    Or,
    Concat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
}
