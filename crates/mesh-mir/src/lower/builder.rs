//! `FnBuilder`: appends variables, statements and blocks to one MIR function
//! under construction, and finishes it (dropping unreachable blocks).
//!
//! After a terminator the builder continues in a fresh block that nothing
//! jumps to, so code that follows a `return` or a panic can be lowered
//! without special cases; `finish` removes such blocks.

use crate::mir::{
    Block, BlockId, Function, Operand, Rvalue, Stmt, Terminator, ValueKind, Var, VarId,
};

pub struct FnBuilder {
    vars: Vec<Var>,
    blocks: Vec<(Vec<Stmt>, Option<Terminator>)>,
    current: BlockId,
}

impl FnBuilder {
    pub fn new() -> FnBuilder {
        FnBuilder {
            vars: Vec::new(),
            blocks: vec![(Vec::new(), None)],
            current: BlockId(0),
        }
    }

    pub fn new_var(&mut self, name: Option<String>, kind: ValueKind) -> VarId {
        self.vars.push(Var { name, kind });
        VarId(self.vars.len() as u32 - 1)
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push((Vec::new(), None));
        BlockId(self.blocks.len() as u32 - 1)
    }

    /// A new block that does nothing but `terminator`.
    pub fn new_block_with(&mut self, terminator: Terminator) -> BlockId {
        self.blocks.push((Vec::new(), Some(terminator)));
        BlockId(self.blocks.len() as u32 - 1)
    }

    /// The block being emitted into.
    pub fn current(&self) -> BlockId {
        self.current
    }

    /// Continues emitting into `block` (which must not be terminated yet).
    pub fn switch_to(&mut self, block: BlockId) {
        self.current = block;
    }

    pub fn assign(&mut self, var: VarId, value: Rvalue) {
        self.push(Stmt::Assign(var, value));
    }

    /// Evaluates `value` into a new temporary.
    pub fn temp(&mut self, kind: ValueKind, value: Rvalue) -> Operand {
        if let Rvalue::Use(operand) = value {
            return operand;
        }
        let var = self.new_var(None, kind);
        self.assign(var, value);
        Operand::Var(var)
    }

    pub fn store(&mut self, base: Operand, field: u32, value: Operand) {
        self.push(Stmt::Store { base, field, value });
    }

    /// Ends the current block; emission continues in an unreachable block.
    pub fn terminate(&mut self, terminator: Terminator) {
        self.blocks[self.current.0 as usize].1 = Some(terminator);
        self.current = self.new_block();
    }

    /// Branches on `cond` to a new block for the true case and continues
    /// there; the false case goes to `otherwise`.
    pub fn branch_or(&mut self, cond: Operand, otherwise: BlockId) {
        let then_block = self.new_block();
        self.terminate(Terminator::Branch {
            cond,
            then_block,
            else_block: otherwise,
        });
        self.switch_to(then_block);
    }

    /// Branches on `cond`: continues in a new block for the false case, the
    /// true case goes to `target`.
    pub fn branch_to_if(&mut self, cond: Operand, target: BlockId) {
        let else_block = self.new_block();
        self.terminate(Terminator::Branch {
            cond,
            then_block: target,
            else_block,
        });
        self.switch_to(else_block);
    }

    fn push(&mut self, stmt: Stmt) {
        self.blocks[self.current.0 as usize].0.push(stmt);
    }

    /// The finished function: blocks not reachable from `bb0` are dropped and
    /// the rest renumbered in order.
    pub fn finish(self, name: String, params: Vec<VarId>, ret: ValueKind) -> Function {
        let count = self.blocks.len();
        let mut reachable = vec![false; count];
        let mut stack = vec![0usize];
        while let Some(b) = stack.pop() {
            if std::mem::replace(&mut reachable[b], true) {
                continue;
            }
            if let Some(t) = &self.blocks[b].1 {
                stack.extend(successors(t).into_iter().map(|s| s.0 as usize));
            }
        }
        let mut renumber = vec![BlockId(0); count];
        let mut next = 0u32;
        for (b, keep) in reachable.iter().enumerate() {
            if *keep {
                renumber[b] = BlockId(next);
                next += 1;
            }
        }
        let blocks = self
            .blocks
            .into_iter()
            .enumerate()
            .filter(|(b, _)| reachable[*b])
            .map(|(_, (stmts, terminator))| {
                let mut terminator = terminator.unwrap_or(Terminator::Unreachable);
                for target in successors_mut(&mut terminator) {
                    *target = renumber[target.0 as usize];
                }
                Block { stmts, terminator }
            })
            .collect();
        Function {
            name,
            params,
            vars: self.vars,
            blocks,
            ret,
        }
    }
}

fn successors(t: &Terminator) -> Vec<BlockId> {
    match t {
        Terminator::Goto(b) => vec![*b],
        Terminator::Branch {
            then_block,
            else_block,
            ..
        } => vec![*then_block, *else_block],
        Terminator::Return(_) | Terminator::Panic { .. } | Terminator::Unreachable => Vec::new(),
    }
}

fn successors_mut(t: &mut Terminator) -> Vec<&mut BlockId> {
    match t {
        Terminator::Goto(b) => vec![b],
        Terminator::Branch {
            then_block,
            else_block,
            ..
        } => vec![then_block, else_block],
        Terminator::Return(_) | Terminator::Panic { .. } | Terminator::Unreachable => Vec::new(),
    }
}
