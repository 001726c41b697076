//! Pattern matching: the tests and bindings of one pattern against a value,
//! in order, jumping to a failure block at the first test that fails.
//! Bindings are plain variable assignments, so they are usable in the arm's
//! guard and body whichever arm binds them (language K2).

use super::body::Body;
use super::types::value_kind;
use crate::mir::{BinOp, BlockId, Operand, Rvalue, Terminator, ValueKind};
use mesh_check::hir::{Pattern, PatternKind, TypeDefKind};
use mesh_check::types::Type;

impl Body<'_, '_> {
    /// Matches `pat` against `value`: on success execution continues in the
    /// current block with the pattern's variables bound; on failure it
    /// jumps to `fail`.
    pub fn match_pattern(&mut self, pat: &Pattern, value: Operand, fail: BlockId) {
        match &pat.kind {
            PatternKind::Wildcard | PatternKind::Unit => {}
            PatternKind::Bind(local) => {
                let var = self.local(*local);
                self.b.assign(var, Rvalue::Use(value));
            }
            PatternKind::Int(n) => {
                self.test(Rvalue::Binary(BinOp::IntEq, value, Operand::Int(*n)), fail)
            }
            PatternKind::Float(x) => self.test(
                Rvalue::Binary(BinOp::FloatEq, value, Operand::Float(*x)),
                fail,
            ),
            PatternKind::Bool(true) => self.test(Rvalue::Use(value), fail),
            PatternKind::Bool(false) => {
                self.test(Rvalue::Unary(crate::mir::UnOp::Not, value), fail)
            }
            PatternKind::Str(text) => {
                let text = self.lw.string(text);
                self.test(
                    Rvalue::CallRuntime("mesh_string_eq".into(), vec![value, text]),
                    fail,
                )
            }
            PatternKind::Tuple(items) => {
                for (i, item) in items.iter().enumerate() {
                    if matches!(item.kind, PatternKind::Wildcard) {
                        continue;
                    }
                    let field = self.load_field(value.clone(), i, &item.ty);
                    self.match_pattern(item, field, fail);
                }
            }
            PatternKind::Variant { ty, variant, args } => {
                let hir = self.lw.hir;
                let variant_count = match &hir.types[ty.0 as usize].kind {
                    TypeDefKind::Sum { variants } => variants.len(),
                    _ => 0,
                };
                if variant_count != 1 {
                    let tag = self.b.temp(
                        ValueKind::Int,
                        Rvalue::Load {
                            base: value.clone(),
                            field: 0,
                        },
                    );
                    self.test(
                        Rvalue::Binary(BinOp::IntEq, tag, Operand::Int(*variant as i64)),
                        fail,
                    );
                }
                for (i, arg) in args.iter().enumerate() {
                    if matches!(arg.kind, PatternKind::Wildcard) {
                        continue;
                    }
                    let field = self.load_field(value.clone(), 1 + i, &arg.ty);
                    self.match_pattern(arg, field, fail);
                }
            }
            PatternKind::Cons { head, tail } => {
                let len = self.list_length(value.clone());
                self.test(Rvalue::Binary(BinOp::IntGt, len, Operand::Int(0)), fail);
                if !matches!(head.kind, PatternKind::Wildcard) {
                    let first = self.runtime("mesh_list_head", vec![value.clone()], &head.ty);
                    self.match_pattern(head, first, fail);
                }
                if !matches!(tail.kind, PatternKind::Wildcard) {
                    let rest = self.runtime("mesh_list_tail", vec![value], &tail.ty);
                    self.match_pattern(tail, rest, fail);
                }
            }
            PatternKind::List(items) => {
                let len = self.list_length(value.clone());
                self.test(
                    Rvalue::Binary(BinOp::IntEq, len, Operand::Int(items.len() as i64)),
                    fail,
                );
                for (i, item) in items.iter().enumerate() {
                    if matches!(item.kind, PatternKind::Wildcard) {
                        continue;
                    }
                    let element = self.runtime(
                        "mesh_list_get",
                        vec![value.clone(), Operand::Int(i as i64)],
                        &item.ty,
                    );
                    self.match_pattern(item, element, fail);
                }
            }
            PatternKind::Or(alternatives) => {
                // Each alternative binds the same locals; the first that
                // matches wins and the others are not tried.
                let matched = self.b.new_block();
                for (i, alternative) in alternatives.iter().enumerate() {
                    let next = if i + 1 == alternatives.len() {
                        fail
                    } else {
                        self.b.new_block()
                    };
                    self.match_pattern(alternative, value.clone(), next);
                    self.b.terminate(Terminator::Goto(matched));
                    if next != fail {
                        self.b.switch_to(next);
                    }
                }
                self.b.switch_to(matched);
            }
            PatternKind::As { pat, local } => {
                let var = self.local(*local);
                self.b.assign(var, Rvalue::Use(value.clone()));
                self.match_pattern(pat, value, fail);
            }
        }
    }

    fn list_length(&mut self, list: Operand) -> Operand {
        self.b.temp(
            ValueKind::Int,
            Rvalue::CallRuntime("mesh_list_length".into(), vec![list]),
        )
    }

    /// Calls runtime entry point `symbol`, whose result has type `ty`.
    fn runtime(&mut self, symbol: &str, args: Vec<Operand>, ty: &Type) -> Operand {
        let kind = value_kind(&self.subst(ty));
        self.b.temp(kind, Rvalue::CallRuntime(symbol.into(), args))
    }

    /// Continues when `cond` is true, jumps to `fail` otherwise.
    fn test(&mut self, cond: Rvalue, fail: BlockId) {
        let cond = self.b.temp(ValueKind::Bool, cond);
        self.b.branch_or(cond, fail);
    }

    fn load_field(&mut self, base: Operand, field: usize, ty: &Type) -> Operand {
        let kind = value_kind(&self.subst(ty));
        self.b.temp(
            kind,
            Rvalue::Load {
                base,
                field: field as u32,
            },
        )
    }
}
