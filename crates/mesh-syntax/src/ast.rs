//! The abstract syntax tree of one `.mpl` file, covering the whole grammar
//! of language.md (Appendix A). Every node carries the `Span` of its source
//! text. The tree is purely syntactic: names are unresolved strings, and
//! sugar is kept except where noted (`T?`/`T!E` become `Option`/`Result`,
//! a negated numeric literal becomes a negative literal).
//!
//! Constructs that the language rejects but that are easier to report on a
//! tree than in the parser (index expressions, inline modules) are kept as
//! nodes; the checker reports them.

use crate::span::Span;

/// An identifier with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

/// A parsed file.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceFileAst {
    pub items: Vec<Item>,
    pub span: Span,
}

// ---------------------------------------------------------------- items

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// `import A.B`
    Import(ImportDecl),
    /// `from A.B import x, y`
    FromImport(FromImportDecl),
    Fn(FnDef),
    /// `[pub] extern fn name<T>(params) -> T [where ...] = "symbol"`: a binding
    /// to a runtime symbol. Used by `stdlib/*.mpl`; `extern` is a contextual
    /// word recognised only at the start of an item.
    Extern(ExternFnDef),
    Struct(StructDef),
    SumType(SumTypeDef),
    TypeAlias(TypeAliasDef),
    Interface(InterfaceDef),
    Impl(ImplDef),
    Actor(ActorDef),
    Service(ServiceDef),
    Supervisor(SupervisorDef),
    /// `module X do ... end` (rejected by the checker, §2.6).
    Module(ModuleDef),
}

impl Item {
    pub fn span(&self) -> Span {
        match self {
            Item::Import(i) => i.span,
            Item::FromImport(i) => i.span,
            Item::Fn(i) => i.span,
            Item::Extern(i) => i.span,
            Item::Struct(i) => i.span,
            Item::SumType(i) => i.span,
            Item::TypeAlias(i) => i.span,
            Item::Interface(i) => i.span,
            Item::Impl(i) => i.span,
            Item::Actor(i) => i.span,
            Item::Service(i) => i.span,
            Item::Supervisor(i) => i.span,
            Item::Module(i) => i.span,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportDecl {
    /// `A.B` as its segments.
    pub path: Vec<Name>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FromImportDecl {
    pub path: Vec<Name>,
    pub names: Vec<Name>,
    pub span: Span,
}

/// A named function (top level, nested in a block, or a method in an impl).
/// Each clause of a multi-clause function is its own `FnDef`; grouping
/// consecutive clauses is the checker's job (§3.1.4).
#[derive(Clone, Debug, PartialEq)]
pub struct FnDef {
    pub is_pub: bool,
    pub name: Name,
    /// `<T, U>`
    pub generics: Vec<Name>,
    /// `None` when the parameter list is omitted entirely (`fn main do`).
    pub params: Option<Vec<Param>>,
    pub ret: Option<TypeExpr>,
    pub where_clause: Vec<Bound>,
    /// `when expr` before the body.
    pub guard: Option<Expr>,
    pub body: FnBody,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FnBody {
    /// `= expr`
    Expr(Expr),
    /// `do ... end`
    Block(Block),
}

/// A function, closure, actor or handler parameter. A plain parameter is
/// `Pattern::Bind`; the receiver `self` is `Pattern::Bind` named `self`.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub pat: Pattern,
    /// `:: T`
    pub ty: Option<TypeExpr>,
    pub span: Span,
}

/// `T: Interface` in a `where` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Bound {
    pub var: Name,
    pub interface: Vec<Name>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExternFnDef {
    pub is_pub: bool,
    pub name: Name,
    pub generics: Vec<Name>,
    /// Every parameter is a name with a type annotation.
    pub params: Vec<Param>,
    pub ret: TypeExpr,
    pub where_clause: Vec<Bound>,
    /// The runtime symbol (`"mesh_string_length"`), or `"@name"` for an
    /// operation the compiler implements itself (see mesh-check's hir.rs).
    pub symbol: String,
    /// The symbol's string literal, quotes included.
    pub symbol_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StructDef {
    pub is_pub: bool,
    pub name: Name,
    pub generics: Vec<Name>,
    pub fields: Vec<FieldDef>,
    /// `table "name"`
    pub table: Option<(String, Span)>,
    /// `primary_key :col`
    pub primary_key: Option<Name>,
    /// `timestamps true|false`
    pub timestamps: Option<(bool, Span)>,
    pub relationships: Vec<Relationship>,
    /// `None`: no clause; `Some(vec![])`: `deriving()`.
    pub deriving: Option<Vec<Name>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDef {
    pub name: Name,
    /// Required by the language; `None` when missing (the checker reports E0106).
    pub ty: Option<TypeExpr>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationshipKind {
    BelongsTo,
    HasMany,
    HasOne,
}

/// `belongs_to :site, Site`
#[derive(Clone, Debug, PartialEq)]
pub struct Relationship {
    pub kind: RelationshipKind,
    /// The atom's name (`site`).
    pub name: Name,
    pub target: Name,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SumTypeDef {
    pub is_pub: bool,
    pub name: Name,
    pub generics: Vec<Name>,
    pub variants: Vec<VariantDef>,
    pub deriving: Option<Vec<Name>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VariantDef {
    pub name: Name,
    pub fields: Vec<VariantField>,
    pub span: Span,
}

/// `name :: T` (named) or `T` (positional).
#[derive(Clone, Debug, PartialEq)]
pub struct VariantField {
    pub name: Option<Name>,
    pub ty: TypeExpr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeAliasDef {
    pub is_pub: bool,
    pub name: Name,
    pub generics: Vec<Name>,
    pub ty: TypeExpr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InterfaceDef {
    pub is_pub: bool,
    pub name: Name,
    pub generics: Vec<Name>,
    /// `type Item`
    pub assoc_types: Vec<Name>,
    pub methods: Vec<MethodSig>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MethodSig {
    pub name: Name,
    pub params: Vec<Param>,
    pub ret: Option<TypeExpr>,
    /// A default implementation.
    pub default_body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImplDef {
    /// `Add`, `From`, ... (a path).
    pub interface: Vec<Name>,
    /// `impl From<Int> for ...`
    pub interface_args: Vec<TypeExpr>,
    pub for_type: Vec<Name>,
    pub where_clause: Vec<Bound>,
    /// `type Output = Money`
    pub assoc_types: Vec<(Name, TypeExpr)>,
    pub methods: Vec<FnDef>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActorDef {
    pub is_pub: bool,
    pub name: Name,
    pub params: Vec<Param>,
    /// May contain one `Stmt::Terminate`.
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ServiceDef {
    pub is_pub: bool,
    pub name: Name,
    pub items: Vec<ServiceItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ServiceItem {
    /// `fn init(...)` (any other `fn` here is rejected by the checker, E0113).
    Fn(FnDef),
    Call(Handler),
    Cast(Handler),
}

/// `call Name(params) :: R do |state| ... end` / `cast Name(params) do |state| ... end`
#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    pub name: Name,
    pub params: Vec<Param>,
    /// `:: R` (calls only).
    pub reply_ty: Option<TypeExpr>,
    /// `|state|`
    pub state: Option<Name>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SupervisorDef {
    pub is_pub: bool,
    pub name: Name,
    pub clauses: Vec<SupClause>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SupClause {
    Strategy(Name),
    MaxRestarts(i64, Span),
    MaxSeconds(i64, Span),
    Child(ChildDef),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChildDef {
    pub name: Name,
    pub clauses: Vec<ChildClause>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ChildClause {
    Start(Expr),
    Restart(Name),
    Shutdown(Shutdown),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shutdown {
    Millis(i64, Span),
    /// `brutal_kill` (or any other word, which the checker rejects: E0021).
    Word(Name),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ModuleDef {
    pub is_pub: bool,
    pub name: Name,
    pub items: Vec<Item>,
    pub span: Span,
}

// ---------------------------------------------------------------- types

#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    pub kind: TypeExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeExprKind {
    /// `()`
    Unit,
    /// `(A, B, ...)` (two or more).
    Tuple(Vec<TypeExpr>),
    /// `Fun(A, B) -> R`
    Fun { params: Vec<TypeExpr>, ret: Box<TypeExpr> },
    /// `Int`, `List<T>`, `Self.Item`, `Mod.Type`; also the desugaring of
    /// `T?` (path `Option`) and `T!E` (path `Result`).
    Named { path: Vec<Name>, args: Vec<TypeExpr> },
}

// ---------------------------------------------------------------- statements

/// Statements between `do` and `end` (or `else`).
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `let pat [:: T] = value`
    Let { pat: Pattern, ty: Option<TypeExpr>, value: Expr, span: Span },
    /// A named function defined inside a block.
    Fn(FnDef),
    /// `terminate do ... end` (meaningful only in actor bodies).
    Terminate { body: Block, span: Span },
    /// An expression statement (including `return`, which is `ExprKind::Return`).
    Expr(Expr),
}

// ---------------------------------------------------------------- expressions

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An integer literal; a literal directly negated is folded into a
    /// negative value.
    Int(i64),
    Float(f64),
    Bool(bool),
    /// `nil` and `()`.
    Unit,
    /// `:name`
    Atom(String),
    /// A string literal, with or without interpolation.
    Str(Vec<StrPart>),
    /// Any identifier, upper- or lower-case, including `self` (the receiver).
    Ident(Name),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    /// `%{k => v, ...}`
    Map(Vec<(Expr, Expr)>),
    /// `Name { field: value, ... }`
    StructLit { name: Name, fields: Vec<FieldInit> },
    /// `%{base | field: value, ...}`
    StructUpdate { base: Box<Expr>, fields: Vec<FieldInit> },
    Binary { op: BinOp, lhs: Box<Expr>, rhs: Box<Expr> },
    Unary { op: UnOp, operand: Box<Expr> },
    /// `lhs |> rhs`
    Pipe { lhs: Box<Expr>, rhs: Box<Expr> },
    /// `callee(args)`; a method call is a call whose callee is a `Field`.
    Call { callee: Box<Expr>, args: Vec<Arg> },
    /// `base.name` (field access, method reference or qualified name).
    Field { base: Box<Expr>, name: Name },
    /// `e?`
    Try(Box<Expr>),
    /// `e[i]` (rejected by the checker, E0107).
    Index { base: Box<Expr>, index: Box<Expr> },
    /// `if c do ... else if c2 do ... else ... end`
    If { branches: Vec<(Expr, Block)>, else_block: Option<Block> },
    /// `case e do arms end` (also `match`).
    Case { scrutinee: Box<Expr>, arms: Vec<Arm> },
    /// `fn ... end`, with one or more clauses.
    Closure { clauses: Vec<ClosureClause> },
    /// `for pat in iter [when filter] do body end`; `{k, v}` is a tuple pattern.
    For { pat: Pattern, iter: Box<Expr>, filter: Option<Box<Expr>>, body: Block },
    While { cond: Box<Expr>, body: Block },
    Break,
    Continue,
    /// `return [e]`
    Return(Option<Box<Expr>>),
    /// `spawn(f, args...)`
    Spawn { callee: Box<Expr>, args: Vec<Expr> },
    /// `send(pid, msg)`
    Send { target: Box<Expr>, message: Box<Expr> },
    Receive { arms: Vec<Arm>, after: Option<AfterClause> },
    /// `self()`
    SelfPid,
    /// `link(pid)`
    Link(Box<Expr>),
    /// Stands in for an expression that failed to parse.
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StrPart {
    /// Literal text, escapes processed.
    Text(String),
    /// `${expr}`
    Interp(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldInit {
    pub name: Name,
    pub value: Expr,
    pub span: Span,
}

/// A call argument; `name: value` is a keyword argument (§4.5.2).
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub name: Option<Name>,
    pub value: Expr,
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
    /// `and` / `&&`
    And,
    /// `or` / `||`
    Or,
    /// `<>` / `++`
    Concat,
    /// `..`
    Range,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Gt => ">",
            BinOp::Le => "<=",
            BinOp::Ge => ">=",
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Concat => "<>",
            BinOp::Range => "..",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-`
    Neg,
    /// `not` / `!`
    Not,
}

/// A `case` or `receive` arm. A single-expression body is a block of one
/// statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Arm {
    pub pat: Pattern,
    pub guard: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

/// `after ms -> body`
#[derive(Clone, Debug, PartialEq)]
pub struct AfterClause {
    pub timeout: Box<Expr>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClosureClause {
    pub params: Vec<Param>,
    pub guard: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

// ---------------------------------------------------------------- patterns

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// `_`
    Wildcard,
    /// A lower-case name (always a new binding, §5.2).
    Bind(Name),
    Lit(LitPattern),
    /// `Some(x)`, `None`, `Mode.Busy(n)`: one or two path segments; `args`
    /// is `None` without parentheses.
    Constructor { path: Vec<Name>, args: Option<Vec<Pattern>> },
    /// `(a, b)`; the empty tuple is the unit pattern.
    Tuple(Vec<Pattern>),
    /// `h :: t`
    Cons { head: Box<Pattern>, tail: Box<Pattern> },
    /// `[]`, `[p1, ..., pn]`: a list of exactly that length (extension, §5.2).
    List(Vec<Pattern>),
    /// `p1 | p2`
    Or(Vec<Pattern>),
    /// `p as name`
    As { pat: Box<Pattern>, name: Name },
}

#[derive(Clone, Debug, PartialEq)]
pub enum LitPattern {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    Nil,
}
