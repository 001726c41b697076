//! MIR to an LLVM module: one `i64 (i64, ...)` function per MIR function
//! (internal linkage, 16-byte aligned so that code addresses in closure
//! objects have bit 0 clear), the static data (string objects, type
//! descriptors, static objects, `TypeInfo`s, panic texts), the runtime
//! declarations, and the entry points `mesh_main` and C `main` (ABI.md
//! "Entry"). Calls of function values and of `TypeInfo` functions are
//! indirect calls of `i64 (i64, ...)`.
//!
//! Every MIR variable is an `alloca` of the function's entry block (so
//! every definition dominates every use; `mem2reg` turns them into SSA at
//! `-O2`). Float operations bitcast their words to `double` and back.
//!
//! The blocks `reductions::checked_blocks` picks start with a preemption
//! check: load the runtime's thread-local `mesh_preempt_flag`; when it is
//! not 0, call `mesh_yield()`.
//!
//! In optimised builds small recursive functions also get copies
//! (`unroll.rs`): the same body emitted again, each calling the next
//! instead of itself.

use crate::reductions;
use crate::runtime::{self, Abi};
use crate::unroll;
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::{AtomicOrdering, ThreadLocalMode};
use inkwell::types::{
    BasicMetadataTypeEnum, BasicType, BasicTypeEnum, FloatType, IntType, PointerType, StructType,
};
use inkwell::values::{
    BasicMetadataValueEnum, BasicValueEnum, FloatValue, FunctionValue, GlobalValue, IntValue,
    PointerValue,
};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate};
use mesh_mir::mir::{self, BinOp, Operand, Program, Rvalue, Stmt, Terminator, UnOp};
use std::collections::HashMap;

pub type Result<T> = std::result::Result<T, String>;

/// An LLVM failure while building: always a bug of this crate.
fn llvm(e: impl std::fmt::Display) -> String {
    format!("internal error: LLVM: {e}")
}

/// Fills `module` (already configured for its target, so that loads and
/// stores get the target's alignment) with `program`.
pub fn emit_module<'ctx>(
    context: &'ctx Context,
    module: Module<'ctx>,
    program: &Program,
    unroll_recursion: bool,
) -> Result<Module<'ctx>> {
    let mut emitter = Emitter::new(context, module, program);
    emitter.declare_functions();
    emitter.declare_data()?;
    emitter.declare_type_infos();
    for (index, function) in program.functions.iter().enumerate() {
        let own = emitter.functions[index];
        // The chain own -> copy 1 -> ... -> copy n -> own (`unroll.rs`).
        let copies: Vec<FunctionValue> = if unroll_recursion && unroll::wants_twin(index, function) {
            (1..=unroll::COPIES)
                .map(|k| {
                    let copy = emitter.module.add_function(
                        &unroll::copy_name(&function.name, k),
                        own.get_type(),
                        Some(Linkage::Internal),
                    );
                    copy.as_global_value().set_alignment(16);
                    copy
                })
                .collect()
        } else {
            Vec::new()
        };
        let chain: Vec<FunctionValue> = std::iter::once(own).chain(copies).collect();
        for (k, &llvm_fn) in chain.iter().enumerate() {
            emitter.define_function(index, function, llvm_fn, chain[(k + 1) % chain.len()])?;
        }
    }
    emitter.define_entry_points()?;
    Ok(emitter.module)
}

struct Emitter<'ctx, 'p> {
    context: &'ctx Context,
    module: Module<'ctx>,
    builder: Builder<'ctx>,
    program: &'p Program,
    word: IntType<'ctx>,
    double: FloatType<'ctx>,
    ptr: PointerType<'ctx>,
    desc_type: StructType<'ctx>,
    /// ABI.md `TypeInfo`: `is_pointer`, `eq`, `cmp`, `hash`, `to_string`,
    /// `name`, `copy`.
    type_info_type: StructType<'ctx>,
    functions: Vec<FunctionValue<'ctx>>,
    strings: Vec<GlobalValue<'ctx>>,
    descs: Vec<GlobalValue<'ctx>>,
    statics: Vec<GlobalValue<'ctx>>,
    type_infos: Vec<GlobalValue<'ctx>>,
    /// Raw byte arrays of panic messages and file names.
    texts: HashMap<String, GlobalValue<'ctx>>,
}

/// Per-function state while its body is emitted.
struct FnState<'ctx> {
    slots: Vec<PointerValue<'ctx>>,
    blocks: Vec<BasicBlock<'ctx>>,
    /// Scratch array for `ListFromArray`, sized for the largest literal.
    list_buffer: Option<PointerValue<'ctx>>,
    /// The MIR function being emitted, and what its calls of itself call
    /// (itself, or the next copy; see `unroll.rs`).
    index: usize,
    self_callee: FunctionValue<'ctx>,
}

impl<'ctx, 'p> Emitter<'ctx, 'p> {
    fn new(context: &'ctx Context, module: Module<'ctx>, program: &'p Program) -> Self {
        let word = context.i64_type();
        let i32 = context.i32_type();
        let ptr = context.ptr_type(AddressSpace::default());
        let desc_type = context.opaque_struct_type("TypeDesc");
        desc_type.set_body(&[i32.into(), i32.into(), word.into(), ptr.into()], false);
        let type_info_type = context.opaque_struct_type("TypeInfo");
        type_info_type.set_body(
            &[
                word.into(),
                ptr.into(),
                ptr.into(),
                ptr.into(),
                ptr.into(),
                ptr.into(),
                ptr.into(),
            ],
            false,
        );
        Emitter {
            context,
            module,
            builder: context.create_builder(),
            program,
            word,
            double: context.f64_type(),
            ptr,
            desc_type,
            type_info_type,
            functions: Vec::new(),
            strings: Vec::new(),
            descs: Vec::new(),
            statics: Vec::new(),
            type_infos: Vec::new(),
            texts: HashMap::new(),
        }
    }

    // ---- static data ----

    fn declare_data(&mut self) -> Result<()> {
        let desc_string = self
            .module
            .add_global(self.desc_type, None, runtime::DESC_STRING);
        desc_string.set_linkage(Linkage::External);
        let header = |desc: PointerValue<'ctx>| -> [BasicValueEnum<'ctx>; 2] {
            [
                desc.into(),
                self.word.const_int(runtime::META_STATIC, false).into(),
            ]
        };
        for (i, text) in self.program.strings.iter().enumerate() {
            let bytes = self.context.const_string(text.as_bytes(), false);
            let [desc, meta] = header(desc_string.as_pointer_value());
            let value = self.context.const_struct(
                &[
                    desc,
                    meta,
                    self.word.const_int(text.len() as u64, false).into(),
                    bytes.into(),
                ],
                false,
            );
            self.strings
                .push(self.add_object(&format!("str.{i}"), value.into()));
        }
        let mut names: HashMap<String, GlobalValue<'ctx>> = HashMap::new();
        for (i, desc) in self.program.descs.iter().enumerate() {
            let name = match names.get(&desc.name) {
                Some(global) => *global,
                None => {
                    let global = self.add_constant_bytes(
                        &format!("desc.name.{}", names.len()),
                        desc.name.as_bytes(),
                        true,
                    );
                    names.insert(desc.name.clone(), global);
                    global
                }
            };
            let i32 = self.context.i32_type();
            let value = self.desc_type.const_named_struct(&[
                i32.const_int(desc.kind as u64, false).into(),
                i32.const_int(desc.n_fields as u64, false).into(),
                self.word.const_int(desc.ptr_mask, false).into(),
                name.as_pointer_value().into(),
            ]);
            let global = self
                .module
                .add_global(self.desc_type, None, &format!("desc.{i}"));
            global.set_initializer(&value);
            global.set_constant(true);
            global.set_linkage(Linkage::Private);
            global.set_alignment(8);
            self.descs.push(global);
        }
        for (i, object) in self.program.statics.iter().enumerate() {
            let fields: Vec<IntValue> = object
                .fields
                .iter()
                .map(|f| self.constant(f))
                .collect::<Result<_>>()?;
            let [desc, meta] = header(self.descs[object.desc.0 as usize].as_pointer_value());
            let value = self
                .context
                .const_struct(&[desc, meta, self.word.const_array(&fields).into()], false);
            self.statics
                .push(self.add_object(&format!("static.{i}"), value.into()));
        }
        Ok(())
    }

    /// The word of a constant operand (static objects may only refer to
    /// static objects declared before them).
    fn constant(&self, operand: &Operand) -> Result<IntValue<'ctx>> {
        let address =
            |global: &GlobalValue<'ctx>| global.as_pointer_value().const_to_int(self.word);
        Ok(match operand {
            Operand::Var(v) => {
                return Err(format!("internal error: variable %{} in static data", v.0))
            }
            Operand::Int(n) => self.word.const_int(*n as u64, true),
            Operand::Float(x) => self.word.const_int(x.to_bits(), false),
            Operand::Str(s) => address(&self.strings[s.0 as usize]),
            Operand::Static(o) => match self.statics.get(o.0 as usize) {
                Some(global) => address(global),
                None => return Err("internal error: forward reference between statics".into()),
            },
            Operand::FnAddr(f) => address(&self.functions[f.0 as usize].as_global_value()),
            Operand::TypeInfo(t) => match self.type_infos.get(t.0 as usize) {
                Some(global) => address(global),
                None => return Err("internal error: type info in static data".into()),
            },
        })
    }

    /// The `TypeInfo`s: the runtime's, declared external, and generated
    /// constants pointing at helper functions.
    fn declare_type_infos(&mut self) {
        for (i, info) in self.program.type_infos.iter().enumerate() {
            let global = match info {
                mir::TypeInfo::Runtime(symbol) => match self.module.get_global(symbol) {
                    Some(global) => global,
                    None => {
                        let global = self.module.add_global(self.type_info_type, None, symbol);
                        global.set_linkage(Linkage::External);
                        global
                    }
                },
                mir::TypeInfo::Generated {
                    is_pointer,
                    eq,
                    cmp,
                    hash,
                    to_string,
                    name,
                    copy,
                } => {
                    let function = |f: &Option<mir::FuncId>| match f {
                        Some(f) => self.functions[f.0 as usize]
                            .as_global_value()
                            .as_pointer_value(),
                        None => self.ptr.const_null(),
                    };
                    let name = self.add_constant_bytes(
                        &format!("typeinfo.name.{i}"),
                        name.as_bytes(),
                        true,
                    );
                    let value = self.type_info_type.const_named_struct(&[
                        self.word.const_int(*is_pointer as u64, false).into(),
                        function(&Some(*eq)).into(),
                        function(cmp).into(),
                        function(hash).into(),
                        function(to_string).into(),
                        name.as_pointer_value().into(),
                        function(&Some(*copy)).into(),
                    ]);
                    let global =
                        self.module
                            .add_global(self.type_info_type, None, &format!("typeinfo.{i}"));
                    global.set_initializer(&value);
                    global.set_constant(true);
                    global.set_linkage(Linkage::Private);
                    global.set_alignment(8);
                    global
                }
            };
            self.type_infos.push(global);
        }
    }

    /// A static heap object. Writable, because the collector may keep bits
    /// in the header's meta word.
    fn add_object(&self, name: &str, value: BasicValueEnum<'ctx>) -> GlobalValue<'ctx> {
        let global = self.module.add_global(value.get_type(), None, name);
        global.set_initializer(&value);
        global.set_linkage(Linkage::Private);
        global.set_alignment(8);
        global
    }

    fn add_constant_bytes(&self, name: &str, bytes: &[u8], nul: bool) -> GlobalValue<'ctx> {
        let value = self.context.const_string(bytes, nul);
        let global = self.module.add_global(value.get_type(), None, name);
        global.set_initializer(&value);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        global.set_unnamed_addr(true);
        global
    }

    /// The raw bytes of a panic message or file name (not NUL-terminated).
    fn text(&mut self, text: &str) -> PointerValue<'ctx> {
        if let Some(global) = self.texts.get(text) {
            return global.as_pointer_value();
        }
        let global = self.add_constant_bytes(
            &format!("text.{}", self.texts.len()),
            text.as_bytes(),
            false,
        );
        self.texts.insert(text.to_string(), global);
        global.as_pointer_value()
    }

    // ---- functions ----

    fn declare_functions(&mut self) {
        for function in &self.program.functions {
            let params: Vec<BasicMetadataTypeEnum> =
                function.params.iter().map(|_| self.word.into()).collect();
            let ty = self.word.fn_type(&params, false);
            let llvm_fn = self
                .module
                .add_function(&function.name, ty, Some(Linkage::Internal));
            // Closure objects hold code addresses, which must have bit 0
            // clear (ABI.md "Closures and function values").
            llvm_fn.as_global_value().set_alignment(16);
            self.functions.push(llvm_fn);
        }
    }

    /// The runtime entry point `symbol`, declared on first use.
    fn runtime_function(
        &self,
        symbol: &str,
        arity: usize,
    ) -> Result<(FunctionValue<'ctx>, Vec<Abi>, Abi)> {
        let (params, ret) = runtime::signature(symbol, arity);
        if params.len() != arity {
            return Err(format!(
                "internal error: runtime function `{symbol}` called with {arity} arguments"
            ));
        }
        if let Some(existing) = self.module.get_function(symbol) {
            if existing.count_params() as usize != arity {
                return Err(format!(
                    "internal error: runtime function `{symbol}` used with two arities"
                ));
            }
            return Ok((existing, params, ret));
        }
        let param_types: Vec<BasicMetadataTypeEnum> =
            params.iter().map(|a| self.abi_type(*a).into()).collect();
        let ty = self.abi_type(ret).fn_type(&param_types, false);
        Ok((
            self.module
                .add_function(symbol, ty, Some(Linkage::External)),
            params,
            ret,
        ))
    }

    fn abi_type(&self, abi: Abi) -> BasicTypeEnum<'ctx> {
        match abi {
            Abi::Word => self.word.into(),
            Abi::Ptr => self.ptr.into(),
        }
    }

    fn panic_function(&self) -> FunctionValue<'ctx> {
        if let Some(f) = self.module.get_function(runtime::PANIC) {
            return f;
        }
        let (w, p) = (self.word.into(), self.ptr.into());
        let ty = self.context.void_type().fn_type(&[p, w, p, w, w], false);
        let f = self
            .module
            .add_function(runtime::PANIC, ty, Some(Linkage::External));
        let noreturn = self
            .context
            .create_enum_attribute(Attribute::get_named_enum_kind_id("noreturn"), 0);
        f.add_attribute(AttributeLoc::Function, noreturn);
        f
    }

    fn fmod_function(&self) -> FunctionValue<'ctx> {
        self.module.get_function("fmod").unwrap_or_else(|| {
            let ty = self
                .double
                .fn_type(&[self.double.into(), self.double.into()], false);
            self.module
                .add_function("fmod", ty, Some(Linkage::External))
        })
    }

    /// Emits the body of MIR function `index` into `llvm_fn`, its calls of
    /// itself going to `self_callee`.
    fn define_function(
        &mut self,
        index: usize,
        function: &mir::Function,
        llvm_fn: FunctionValue<'ctx>,
        self_callee: FunctionValue<'ctx>,
    ) -> Result<()> {
        let entry = self.context.append_basic_block(llvm_fn, "entry");
        let blocks = (0..function.blocks.len())
            .map(|i| self.context.append_basic_block(llvm_fn, &format!("bb{i}")))
            .collect();
        self.builder.position_at_end(entry);
        let mut slots = Vec::with_capacity(function.vars.len());
        for (i, var) in function.vars.iter().enumerate() {
            let name = var.name.clone().unwrap_or_else(|| format!("t{i}"));
            slots.push(self.builder.build_alloca(self.word, &name).map_err(llvm)?);
        }
        let list_len = function
            .blocks
            .iter()
            .flat_map(|b| &b.stmts)
            .filter_map(|s| match s {
                Stmt::Assign(_, Rvalue::ListFromArray(items)) => Some(items.len()),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let list_buffer = if list_len > 0 {
            let ty = self.word.array_type(list_len as u32);
            Some(self.builder.build_alloca(ty, "list.items").map_err(llvm)?)
        } else {
            None
        };
        for (param, value) in function.params.iter().zip(llvm_fn.get_param_iter()) {
            self.builder
                .build_store(slots[param.0 as usize], value)
                .map_err(llvm)?;
        }
        let state = FnState {
            slots,
            blocks,
            list_buffer,
            index,
            self_callee,
        };
        self.builder
            .build_unconditional_branch(state.blocks[0])
            .map_err(llvm)?;
        let checked = reductions::checked_blocks(function, llvm_fn == self.functions[index]);
        for ((block, llvm_block), check) in function.blocks.iter().zip(&state.blocks).zip(checked) {
            self.builder.position_at_end(*llvm_block);
            if check {
                self.preemption_check(llvm_fn)?;
            }
            for stmt in &block.stmts {
                self.stmt(&state, stmt)?;
            }
            self.terminator(&state, &block.terminator)?;
        }
        Ok(())
    }

    /// Polls the preemption flag; yields when it is set. Leaves the
    /// builder at the end of the block that continues.
    fn preemption_check(&mut self, llvm_fn: FunctionValue<'ctx>) -> Result<()> {
        let flag = match self.module.get_global(reductions::FLAG_GLOBAL) {
            Some(g) => g,
            None => {
                let g = self.module.add_global(self.word, None, reductions::FLAG_GLOBAL);
                g.set_linkage(Linkage::External);
                g.set_thread_local_mode(Some(ThreadLocalMode::InitialExecTLSModel));
                g
            }
        };
        // An atomic (monotonic) load: another thread sets the flag, and a
        // plain load could be hoisted out of a loop.
        let raised = self
            .builder
            .build_load(self.word, flag.as_pointer_value(), "preempt")
            .map_err(llvm)?
            .into_int_value();
        let load = raised
            .as_instruction()
            .ok_or_else(|| "internal error: load without an instruction".to_string())?;
        load.set_atomic_ordering(AtomicOrdering::Monotonic).map_err(llvm)?;
        load.set_alignment(8).map_err(llvm)?;
        let spent = self
            .builder
            .build_int_compare(IntPredicate::NE, raised, self.word.const_zero(), "preempt.set")
            .map_err(llvm)?;
        let yield_block = self.context.append_basic_block(llvm_fn, "yield");
        let go_on = self.context.append_basic_block(llvm_fn, "run");
        self.builder
            .build_conditional_branch(spent, yield_block, go_on)
            .map_err(llvm)?;
        self.builder.position_at_end(yield_block);
        self.call_runtime(reductions::YIELD, Vec::new())?;
        if let Some(yield_fn) = self.module.get_function(reductions::YIELD) {
            // The flag is rarely set: LLVM lays the call out of the way.
            let cold = self
                .context
                .create_enum_attribute(Attribute::get_named_enum_kind_id("cold"), 0);
            yield_fn.add_attribute(AttributeLoc::Function, cold);
        }
        self.builder.build_unconditional_branch(go_on).map_err(llvm)?;
        self.builder.position_at_end(go_on);
        Ok(())
    }

    fn stmt(&mut self, state: &FnState<'ctx>, stmt: &Stmt) -> Result<()> {
        match stmt {
            Stmt::Assign(var, value) => {
                let value = self.rvalue(state, value)?;
                self.builder
                    .build_store(state.slots[var.0 as usize], value)
                    .map_err(llvm)?;
            }
            Stmt::Store { base, field, value } => {
                let address = self.field_address(state, base, *field)?;
                let value = self.operand(state, value)?;
                self.builder.build_store(address, value).map_err(llvm)?;
            }
        }
        Ok(())
    }

    fn terminator(&mut self, state: &FnState<'ctx>, terminator: &Terminator) -> Result<()> {
        let b = &self.builder;
        match terminator {
            Terminator::Goto(target) => {
                b.build_unconditional_branch(state.blocks[target.0 as usize])
                    .map_err(llvm)?;
            }
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => {
                let cond = self.operand(state, cond)?;
                let truth = b
                    .build_int_compare(IntPredicate::NE, cond, self.word.const_zero(), "cond")
                    .map_err(llvm)?;
                b.build_conditional_branch(
                    truth,
                    state.blocks[then_block.0 as usize],
                    state.blocks[else_block.0 as usize],
                )
                .map_err(llvm)?;
            }
            Terminator::Return(value) => {
                let value = self.operand(state, value)?;
                b.build_return(Some(&value)).map_err(llvm)?;
            }
            Terminator::Panic {
                message,
                file,
                line,
            } => {
                let panic = self.panic_function();
                let args: [BasicMetadataValueEnum; 5] = [
                    self.text(message).into(),
                    self.word.const_int(message.len() as u64, false).into(),
                    self.text(file).into(),
                    self.word.const_int(file.len() as u64, false).into(),
                    self.word.const_int(*line as u64, false).into(),
                ];
                self.builder.build_call(panic, &args, "").map_err(llvm)?;
                self.builder.build_unreachable().map_err(llvm)?;
            }
            Terminator::Unreachable => {
                b.build_unreachable().map_err(llvm)?;
            }
        }
        Ok(())
    }

    fn operand(&self, state: &FnState<'ctx>, operand: &Operand) -> Result<IntValue<'ctx>> {
        let address =
            |global: &GlobalValue<'ctx>| global.as_pointer_value().const_to_int(self.word);
        Ok(match operand {
            Operand::Var(var) => self
                .builder
                .build_load(self.word, state.slots[var.0 as usize], "")
                .map_err(llvm)?
                .into_int_value(),
            Operand::Int(n) => self.word.const_int(*n as u64, true),
            Operand::Float(x) => self.word.const_int(x.to_bits(), false),
            Operand::Str(s) => address(&self.strings[s.0 as usize]),
            Operand::Static(o) => address(&self.statics[o.0 as usize]),
            Operand::FnAddr(f) => address(&self.functions[f.0 as usize].as_global_value()),
            Operand::TypeInfo(t) => address(&self.type_infos[t.0 as usize]),
        })
    }

    fn operands(&self, state: &FnState<'ctx>, operands: &[Operand]) -> Result<Vec<IntValue<'ctx>>> {
        operands.iter().map(|o| self.operand(state, o)).collect()
    }

    /// The address of field word `field` of the object at `base`.
    fn field_address(
        &self,
        state: &FnState<'ctx>,
        base: &Operand,
        field: u32,
    ) -> Result<PointerValue<'ctx>> {
        let base = self.operand(state, base)?;
        let object = self
            .builder
            .build_int_to_ptr(base, self.ptr, "obj")
            .map_err(llvm)?;
        let index = self
            .word
            .const_int(runtime::HEADER_BYTES / 8 + field as u64, false);
        // SAFETY: the index stays inside the object (the lowering only
        // addresses fields of the object's type).
        unsafe {
            self.builder
                .build_in_bounds_gep(self.word, object, &[index], "field")
        }
        .map_err(llvm)
    }

    fn word_double(&self, value: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
        Ok(self
            .builder
            .build_bit_cast(value, self.double, "")
            .map_err(llvm)?
            .into_float_value())
    }

    fn double_word(&self, value: FloatValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self
            .builder
            .build_bit_cast(value, self.word, "")
            .map_err(llvm)?
            .into_int_value())
    }

    fn bool_word(&self, bit: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        self.builder
            .build_int_z_extend(bit, self.word, "")
            .map_err(llvm)
    }

    fn rvalue(&mut self, state: &FnState<'ctx>, value: &Rvalue) -> Result<IntValue<'ctx>> {
        match value {
            Rvalue::Use(operand) => self.operand(state, operand),
            Rvalue::Binary(op, a, b) => {
                let (a, b) = (self.operand(state, a)?, self.operand(state, b)?);
                self.binary(*op, a, b)
            }
            Rvalue::Unary(op, a) => {
                let a = self.operand(state, a)?;
                let b = &self.builder;
                match op {
                    UnOp::IntNeg => b.build_int_neg(a, "").map_err(llvm),
                    UnOp::FloatNeg => {
                        let negated = b.build_float_neg(self.word_double(a)?, "").map_err(llvm)?;
                        self.double_word(negated)
                    }
                    UnOp::Not => b
                        .build_xor(a, self.word.const_int(1, false), "")
                        .map_err(llvm),
                }
            }
            Rvalue::Call(f, args) => {
                let args: Vec<BasicMetadataValueEnum> = self
                    .operands(state, args)?
                    .into_iter()
                    .map(Into::into)
                    .collect();
                let callee = if f.0 as usize == state.index {
                    state.self_callee
                } else {
                    self.functions[f.0 as usize]
                };
                let call = self.builder.build_call(callee, &args, "").map_err(llvm)?;
                call.try_as_basic_value()
                    .basic()
                    .map(|v| v.into_int_value())
                    .ok_or_else(|| "internal error: call without a value".to_string())
            }
            Rvalue::CallIndirect { code, args } => {
                let code = self.operand(state, code)?;
                let code = self
                    .builder
                    .build_int_to_ptr(code, self.ptr, "code")
                    .map_err(llvm)?;
                let args = self.operands(state, args)?;
                self.call_code(code, args)
            }
            Rvalue::CallTypeInfo { info, slot, args } => {
                let index = match slot {
                    mir::TypeInfoSlot::Eq => 1,
                    mir::TypeInfoSlot::Cmp => 2,
                    mir::TypeInfoSlot::Hash => 3,
                    mir::TypeInfoSlot::ToString => 4,
                };
                let info = self.type_infos[info.0 as usize].as_pointer_value();
                let address = self
                    .builder
                    .build_struct_gep(self.type_info_type, info, index, "slot")
                    .map_err(llvm)?;
                let code = self
                    .builder
                    .build_load(self.ptr, address, "code")
                    .map_err(llvm)?
                    .into_pointer_value();
                let args = self.operands(state, args)?;
                self.call_code(code, args)
            }
            Rvalue::CallRuntime(symbol, args) => {
                let args = self
                    .operands(state, args)?
                    .into_iter()
                    .map(Into::into)
                    .collect();
                self.call_runtime(symbol, args)
            }
            Rvalue::Alloc { desc, fields } => {
                let size = self
                    .word
                    .const_int(runtime::HEADER_BYTES + 8 * *fields as u64, false);
                let desc = self.descs[desc.0 as usize].as_pointer_value();
                self.call_runtime("mesh_alloc", vec![size.into(), desc.into()])
            }
            Rvalue::Load { base, field } => {
                let address = self.field_address(state, base, *field)?;
                Ok(self
                    .builder
                    .build_load(self.word, address, "")
                    .map_err(llvm)?
                    .into_int_value())
            }
            Rvalue::ListFromArray(items) => {
                let items = self.operands(state, items)?;
                let len = self.word.const_int(items.len() as u64, false);
                let buffer = match state.list_buffer {
                    Some(buffer) if !items.is_empty() => buffer,
                    _ => {
                        let null = self.ptr.const_null();
                        return self
                            .call_runtime("mesh_list_from_array", vec![null.into(), len.into()]);
                    }
                };
                for (i, item) in items.into_iter().enumerate() {
                    let index = self.word.const_int(i as u64, false);
                    // SAFETY: the buffer holds at least as many words as the
                    // largest list literal of the function.
                    let slot = unsafe {
                        self.builder
                            .build_in_bounds_gep(self.word, buffer, &[index], "")
                    }
                    .map_err(llvm)?;
                    self.builder.build_store(slot, item).map_err(llvm)?;
                }
                self.call_runtime("mesh_list_from_array", vec![buffer.into(), len.into()])
            }
        }
    }

    /// Calls the machine code at `code`, a C function taking and returning
    /// words.
    fn call_code(
        &mut self,
        code: PointerValue<'ctx>,
        args: Vec<IntValue<'ctx>>,
    ) -> Result<IntValue<'ctx>> {
        let params: Vec<BasicMetadataTypeEnum> = args.iter().map(|_| self.word.into()).collect();
        let ty = self.word.fn_type(&params, false);
        let args: Vec<BasicMetadataValueEnum> = args.into_iter().map(Into::into).collect();
        let call = self
            .builder
            .build_indirect_call(ty, code, &args, "")
            .map_err(llvm)?;
        call.try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .ok_or_else(|| "internal error: indirect call without a value".to_string())
    }

    /// Calls runtime entry point `symbol`, converting words to and from the
    /// raw pointers its C signature takes.
    fn call_runtime(
        &mut self,
        symbol: &str,
        args: Vec<BasicValueEnum<'ctx>>,
    ) -> Result<IntValue<'ctx>> {
        let (function, params, ret) = self.runtime_function(symbol, args.len())?;
        let mut converted: Vec<BasicMetadataValueEnum> = Vec::with_capacity(args.len());
        for (arg, abi) in args.into_iter().zip(params) {
            converted.push(match (abi, arg) {
                (Abi::Ptr, BasicValueEnum::IntValue(word)) => self
                    .builder
                    .build_int_to_ptr(word, self.ptr, "")
                    .map_err(llvm)?
                    .into(),
                (Abi::Word, BasicValueEnum::PointerValue(pointer)) => self
                    .builder
                    .build_ptr_to_int(pointer, self.word, "")
                    .map_err(llvm)?
                    .into(),
                (_, value) => value.into(),
            });
        }
        let call = self
            .builder
            .build_call(function, &converted, "")
            .map_err(llvm)?;
        let result = call.try_as_basic_value().basic().ok_or_else(|| {
            format!("internal error: runtime function `{symbol}` returns no value")
        })?;
        match ret {
            Abi::Word => Ok(result.into_int_value()),
            Abi::Ptr => self
                .builder
                .build_ptr_to_int(result.into_pointer_value(), self.word, "")
                .map_err(llvm),
        }
    }

    fn binary(
        &mut self,
        op: BinOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let builder = &self.builder;
        let int_compare = |predicate| -> Result<IntValue<'ctx>> {
            self.bool_word(
                builder
                    .build_int_compare(predicate, a, b, "")
                    .map_err(llvm)?,
            )
        };
        let float_compare = |predicate| -> Result<IntValue<'ctx>> {
            let (x, y) = (self.word_double(a)?, self.word_double(b)?);
            self.bool_word(
                builder
                    .build_float_compare(predicate, x, y, "")
                    .map_err(llvm)?,
            )
        };
        let float_arith =
            |f: &dyn Fn(FloatValue<'ctx>, FloatValue<'ctx>) -> Result<FloatValue<'ctx>>| {
                let (x, y) = (self.word_double(a)?, self.word_double(b)?);
                self.double_word(f(x, y)?)
            };
        match op {
            BinOp::IntAdd => builder.build_int_add(a, b, "").map_err(llvm),
            BinOp::IntSub => builder.build_int_sub(a, b, "").map_err(llvm),
            BinOp::IntMul => builder.build_int_mul(a, b, "").map_err(llvm),
            BinOp::IntDiv => builder.build_int_signed_div(a, b, "").map_err(llvm),
            BinOp::IntRem => builder.build_int_signed_rem(a, b, "").map_err(llvm),
            BinOp::IntEq => int_compare(IntPredicate::EQ),
            BinOp::IntNe => int_compare(IntPredicate::NE),
            BinOp::IntLt => int_compare(IntPredicate::SLT),
            BinOp::IntLe => int_compare(IntPredicate::SLE),
            BinOp::IntGt => int_compare(IntPredicate::SGT),
            BinOp::IntGe => int_compare(IntPredicate::SGE),
            BinOp::FloatAdd => float_arith(&|x, y| builder.build_float_add(x, y, "").map_err(llvm)),
            BinOp::FloatSub => float_arith(&|x, y| builder.build_float_sub(x, y, "").map_err(llvm)),
            BinOp::FloatMul => float_arith(&|x, y| builder.build_float_mul(x, y, "").map_err(llvm)),
            BinOp::FloatDiv => float_arith(&|x, y| builder.build_float_div(x, y, "").map_err(llvm)),
            BinOp::FloatRem => {
                let fmod = self.fmod_function();
                float_arith(&|x, y| {
                    let call = builder
                        .build_call(fmod, &[x.into(), y.into()], "")
                        .map_err(llvm)?;
                    call.try_as_basic_value()
                        .basic()
                        .map(|v| v.into_float_value())
                        .ok_or_else(|| "internal error: fmod returns no value".to_string())
                })
            }
            BinOp::FloatEq => float_compare(FloatPredicate::OEQ),
            BinOp::FloatNe => float_compare(FloatPredicate::UNE),
            BinOp::FloatLt => float_compare(FloatPredicate::OLT),
            BinOp::FloatLe => float_compare(FloatPredicate::OLE),
            BinOp::FloatGt => float_compare(FloatPredicate::OGT),
            BinOp::FloatGe => float_compare(FloatPredicate::OGE),
        }
    }

    // ---- entry points ----

    /// `i64 mesh_main()` calling the user's `main`, and C `main` handing it
    /// to `mesh_rt_main`.
    fn define_entry_points(&mut self) -> Result<()> {
        let entry = &self.program.functions[self.program.entry.0 as usize];
        if !entry.params.is_empty() {
            return Err(format!(
                "internal error: the entry function `{}` takes parameters",
                entry.name
            ));
        }
        let mesh_main =
            self.module
                .add_function(runtime::MESH_MAIN, self.word.fn_type(&[], false), None);
        self.builder
            .position_at_end(self.context.append_basic_block(mesh_main, "entry"));
        let call = self
            .builder
            .build_call(self.functions[self.program.entry.0 as usize], &[], "")
            .map_err(llvm)?;
        let result = call
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| "internal error: main has no value".to_string())?;
        self.builder.build_return(Some(&result)).map_err(llvm)?;

        let i32 = self.context.i32_type();
        let rt_main_type = i32.fn_type(&[i32.into(), self.ptr.into(), self.ptr.into()], false);
        let rt_main =
            self.module
                .add_function(runtime::RT_MAIN, rt_main_type, Some(Linkage::External));
        let c_main = self.module.add_function(
            "main",
            i32.fn_type(&[i32.into(), self.ptr.into()], false),
            None,
        );
        self.builder
            .position_at_end(self.context.append_basic_block(c_main, "entry"));
        let argc = c_main
            .get_nth_param(0)
            .ok_or("internal error: main without argc")?;
        let argv = c_main
            .get_nth_param(1)
            .ok_or("internal error: main without argv")?;
        let entry_ptr = mesh_main.as_global_value().as_pointer_value();
        let call = self
            .builder
            .build_call(rt_main, &[argc.into(), argv.into(), entry_ptr.into()], "")
            .map_err(llvm)?;
        let status = call
            .try_as_basic_value()
            .basic()
            .ok_or("internal error: mesh_rt_main has no value")?;
        self.builder.build_return(Some(&status)).map_err(llvm)?;
        Ok(())
    }
}
