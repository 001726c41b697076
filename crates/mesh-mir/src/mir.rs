//! The MIR data types: monomorphic functions over one-word values with
//! explicit control flow, plus the static data (string objects, type
//! descriptors, static sum values) the functions refer to.
//!
//! Every value is one 64-bit word (crates/mesh-rt/ABI.md); an `Atom` is
//! the address of a static `String` object holding its name. Variables are
//! mutable slots (not SSA): a join point is a variable assigned in every
//! predecessor, and a self tail call assigns the parameters and jumps back to
//! `bb0`. Operations carry the type information the code generator needs
//! (integer vs float arithmetic); the `ValueKind` of a variable only documents
//! what its word holds.

use mesh_syntax::Diagnostic;

/// Index into `Program::functions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);
/// Index into `Function::blocks`; `BlockId(0)` is where execution starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);
/// Index into `Function::vars`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VarId(pub u32);
/// Index into `Program::strings`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StrId(pub u32);
/// Index into `Program::descs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DescId(pub u32);
/// Index into `Program::statics`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StaticId(pub u32);

/// Index into `Program::type_infos`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeInfoId(pub u32);

/// `TypeDesc::kind` values (ABI.md).
pub const KIND_TUPLE: u32 = 2;
pub const KIND_SUM: u32 = 4;
pub const KIND_STRUCT: u32 = 5;
pub const KIND_CLOSURE: u32 = 6;

/// A whole lowered program.
#[derive(Clone, Debug)]
pub struct Program {
    /// Every reached function instance and generated helper, indexed by `FuncId`.
    pub functions: Vec<Function>,
    /// The instance of the user's `main` (takes no arguments).
    pub entry: FuncId,
    /// String literals (and atom names): static `String` objects.
    pub strings: Vec<String>,
    /// Type descriptors of the objects compiled code allocates.
    pub descs: Vec<TypeDesc>,
    /// Static heap objects (nullary sum variants, closures of named functions).
    pub statics: Vec<StaticObject>,
    /// `TypeInfo`s passed to generic runtime functions (ABI.md "Type
    /// information for generic runtime functions").
    pub type_infos: Vec<TypeInfo>,
    /// Constructs the lowering could not compile (`E0100`). A program with an
    /// error here must not be code-generated.
    pub diagnostics: Vec<Diagnostic>,
}

impl Program {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

#[derive(Clone, Debug)]
pub struct Function {
    /// The symbol: module path, source name and, for instances of generic
    /// functions, the type arguments (`Main.fib`, `Main.id<String>`);
    /// generated helpers start with `$` (`$to_string<(Int, Bool)>`).
    pub name: String,
    pub params: Vec<VarId>,
    pub vars: Vec<Var>,
    pub blocks: Vec<Block>,
    pub ret: ValueKind,
}

#[derive(Clone, Debug)]
pub struct Var {
    /// The source name for locals, `None` for temporaries.
    pub name: Option<String>,
    pub kind: ValueKind,
}

/// What a word holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueKind {
    Int,
    /// The bit pattern of an `f64`.
    Float,
    /// `0` or `1`.
    Bool,
    /// Always `0`.
    Unit,
    /// The address of a heap object.
    Ptr,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub terminator: Terminator,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Assign(VarId, Rvalue),
    /// Writes field word `field` (counted after the 16-byte header) of the
    /// object at `base`. Only used to initialise freshly allocated objects.
    Store {
        base: Operand,
        field: u32,
        value: Operand,
    },
}

#[derive(Clone, Debug)]
pub enum Rvalue {
    Use(Operand),
    Binary(BinOp, Operand, Operand),
    Unary(UnOp, Operand),
    /// A call of a function of this program.
    Call(FuncId, Vec<Operand>),
    /// A call of a runtime entry point (ABI.md) by its C symbol.
    CallRuntime(String, Vec<Operand>),
    /// `mesh_alloc` of an object with `fields` words after the header.
    Alloc {
        desc: DescId,
        fields: u32,
    },
    /// Reads field word `field` (counted after the header) of the object at `base`.
    Load {
        base: Operand,
        field: u32,
    },
    /// `mesh_list_from_array` over the given elements.
    ListFromArray(Vec<Operand>),
    /// A call of the machine code at address `code` (a C function taking
    /// and returning words) with `args`. Calling a closure passes the
    /// closure itself as the first argument (ABI.md "Closures").
    CallIndirect {
        code: Operand,
        args: Vec<Operand>,
    },
    /// A call of function `slot` of a `TypeInfo` (which must be present).
    CallTypeInfo {
        info: TypeInfoId,
        slot: TypeInfoSlot,
        args: Vec<Operand>,
    },
}

/// The function fields of a `TypeInfo`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeInfoSlot {
    Eq,
    Cmp,
    Hash,
    ToString,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Var(VarId),
    Int(i64),
    /// A float constant; its word is the bit pattern.
    Float(f64),
    /// The address of a static string object.
    Str(StrId),
    /// The address of a static object.
    Static(StaticId),
    /// The address of a function, as a C function pointer `i64 (i64)`.
    FnAddr(FuncId),
    /// The address of a `TypeInfo`.
    TypeInfo(TypeInfoId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// Wrapping.
    IntAdd,
    /// Wrapping.
    IntSub,
    /// Wrapping.
    IntMul,
    /// Truncating signed division. Only emitted where the divisor is known
    /// to be neither `0` nor `-1`.
    IntDiv,
    /// Signed remainder (sign of the dividend). Same precondition as `IntDiv`.
    IntRem,
    IntEq,
    IntNe,
    IntLt,
    IntLe,
    IntGt,
    IntGe,
    FloatAdd,
    FloatSub,
    FloatMul,
    FloatDiv,
    /// `fmod`.
    FloatRem,
    /// Ordered (false when either side is NaN).
    FloatEq,
    /// Unordered (true when either side is NaN).
    FloatNe,
    FloatLt,
    FloatLe,
    FloatGt,
    FloatGe,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// Wrapping.
    IntNeg,
    FloatNeg,
    /// Boolean negation of `0`/`1`.
    Not,
}

#[derive(Clone, Debug)]
pub enum Terminator {
    Goto(BlockId),
    /// Takes `then_block` when `cond` is non-zero.
    Branch {
        cond: Operand,
        then_block: BlockId,
        else_block: BlockId,
    },
    Return(Operand),
    /// `mesh_panic` with `Mesh panic at <file>:<line>: <message>`; never returns.
    Panic {
        message: String,
        file: String,
        line: u32,
    },
    /// Control never gets here.
    Unreachable,
}

/// A static type descriptor (ABI.md `TypeDesc`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeDesc {
    pub kind: u32,
    pub n_fields: u32,
    pub ptr_mask: u64,
    pub name: String,
}

/// A static heap object: header (`desc`, STATIC) followed by constant
/// words. Only constant operands appear in `fields` (never `Var`), and
/// never the address of a heap object.
#[derive(Clone, Debug)]
pub struct StaticObject {
    pub desc: DescId,
    pub fields: Vec<Operand>,
}

/// A static `TypeInfo` (ABI.md): one the runtime exports, or one generated
/// from helper functions of this program.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeInfo {
    /// The runtime's ready-made info (`mesh_typeinfo_int`, ...).
    Runtime(String),
    Generated {
        is_pointer: bool,
        eq: FuncId,
        cmp: Option<FuncId>,
        hash: Option<FuncId>,
        to_string: Option<FuncId>,
        name: String,
        /// `(x) -> x'`: a deep copy in the current heap.
        copy: FuncId,
    },
}
