//! Loops (language §4.14): `while`, the `for` comprehension over ranges,
//! lists, maps and sets, and `break`/`continue`.
//!
//! A `for` counts the source's elements first, allocates its result list
//! with that capacity (`mesh_list_alloc`) and pushes each body value in
//! place (`mesh_list_push`): the list never grows beyond the count. The
//! index is incremented before the body, so `continue` (and a failing
//! `when` filter) simply jumps back to the loop head; `break` leaves with
//! the list collected so far. A `for` used as a statement builds no list
//! (its value is `0`, never read).
//!
//! A `for` over an iterator (`ForSource::Pull`) cannot count first: it
//! pulls one item per iteration (`Some(x)` matches the element, `None`
//! leaves) and appends each body value with `mesh_list_push_grow`, so a
//! `break` stops pulling and side effects of the iterator interleave with
//! the body's.

use super::body::{Body, LoopTargets};
use super::types::{self, value_kind};
use crate::mir::{self, BinOp, Operand, Rvalue, Terminator, TypeDesc, ValueKind};
use mesh_check::hir::{Callee, Expr, ExprKind, ForSource, Pattern, PatternKind};
use mesh_check::types::Type;
use mesh_syntax::Span;

/// How the elements of a `for` source are read.
enum Elements {
    /// The Ints `start + i`.
    Range { start: Operand },
    /// `symbol(source, i)`.
    Indexed { source: Operand, get: &'static str },
    /// The tuple `(key_at(m, i), value_at(m, i))` (for a pattern other than
    /// a tuple pattern), or only the key when the pattern's type is not a pair.
    MapEntries {
        map: Operand,
        pair: Option<Vec<Type>>,
    },
}

/// The room a pulling `for` reserves for its list before it grows.
const PULL_CAPACITY: i64 = 8;

impl Body<'_, '_> {
    pub fn lower_while(&mut self, cond: &Expr, body: &Expr) -> Operand {
        let head = self.b.new_block();
        let exit = self.b.new_block();
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(head);
        let go_on = self.lower_value(cond);
        self.b.branch_or(go_on, exit);
        self.loops.push(LoopTargets { next: head, exit });
        self.lower_value(body);
        self.loops.pop();
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(exit);
        Operand::Int(0)
    }

    pub fn lower_for(
        &mut self,
        pat: &Pattern,
        source: &ForSource,
        filter: Option<&Expr>,
        body: &Expr,
        collect: bool,
    ) -> Operand {
        let Some((count, elements)) = self.for_source(source, pat) else {
            return self.lower_pull_for(pat, source, filter, body, collect);
        };
        let result = self.b.new_var(None, ValueKind::Ptr);
        let value = if collect {
            Rvalue::CallRuntime("mesh_list_alloc".into(), vec![count.clone()])
        } else {
            Rvalue::Use(Operand::Int(0))
        };
        self.b.assign(result, value);
        let index = self.b.new_var(Some("i".into()), ValueKind::Int);
        self.b.assign(index, Rvalue::Use(Operand::Int(0)));
        let head = self.b.new_block();
        let exit = self.b.new_block();
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(head);
        let done = self.b.temp(
            ValueKind::Bool,
            Rvalue::Binary(BinOp::IntGe, Operand::Var(index), count),
        );
        self.b.branch_to_if(done, exit);
        let fail = self.match_failure(pat.span);
        match (&elements, &pat.kind) {
            // `{k, v}` over a map: the key and value are matched directly,
            // without building the pair.
            (Elements::MapEntries { map, .. }, PatternKind::Tuple(items)) if items.len() == 2 => {
                let i = Operand::Var(index);
                for (item, symbol) in items.iter().zip(["mesh_map_key_at", "mesh_map_value_at"]) {
                    if matches!(item.kind, PatternKind::Wildcard) {
                        continue;
                    }
                    let kind = value_kind(&self.subst(&item.ty));
                    let value = self.b.temp(
                        kind,
                        Rvalue::CallRuntime(symbol.into(), vec![map.clone(), i.clone()]),
                    );
                    self.match_pattern(item, value, fail);
                }
                self.increment(index);
            }
            _ => {
                let element = self.element(&elements, Operand::Var(index), pat);
                self.increment(index);
                self.match_pattern(pat, element, fail);
            }
        }
        let value = self.lower_for_body(head, exit, filter, body);
        if collect {
            self.b.temp(
                ValueKind::Unit,
                Rvalue::CallRuntime("mesh_list_push".into(), vec![Operand::Var(result), value]),
            );
        }
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(exit);
        Operand::Var(result)
    }

    /// A `for` over `ForSource::Pull`: `next` is evaluated before every
    /// iteration and matched against `Some(pat)`; `None` leaves the loop.
    /// (Any other source is lowered as an empty loop.)
    fn lower_pull_for(
        &mut self,
        pat: &Pattern,
        source: &ForSource,
        filter: Option<&Expr>,
        body: &Expr,
        collect: bool,
    ) -> Operand {
        let ForSource::Pull {
            iterator,
            local,
            next,
        } = source
        else {
            return Operand::Int(0);
        };
        let iterator = self.lower_value(iterator);
        let holder = self.local(*local);
        self.b.assign(holder, Rvalue::Use(iterator));
        let result = self.b.new_var(None, ValueKind::Ptr);
        let value = if collect {
            Rvalue::CallRuntime("mesh_list_alloc".into(), vec![Operand::Int(PULL_CAPACITY)])
        } else {
            Rvalue::Use(Operand::Int(0))
        };
        self.b.assign(result, value);
        let head = self.b.new_block();
        let exit = self.b.new_block();
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(head);
        let item = self.lower_value(next);
        let option = self.lw.hir.well_known.option;
        let some = Pattern {
            kind: PatternKind::Variant {
                ty: option,
                variant: 0,
                args: vec![pat.clone()],
            },
            ty: Type::Named(option, vec![pat.ty.clone()]),
            span: pat.span,
        };
        // The element pattern is irrefutable: only `None` fails.
        self.match_pattern(&some, item, exit);
        let value = self.lower_for_body(head, exit, filter, body);
        if collect {
            self.b.assign(
                result,
                Rvalue::CallRuntime("mesh_list_push_grow".into(), vec![Operand::Var(result), value]),
            );
        }
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(exit);
        Operand::Var(result)
    }

    /// The body of a `for` whose next iteration starts at `head`: the
    /// filter (false goes on to `head`), then the body's value, with
    /// `break`/`continue` aimed at `exit`/`head`.
    fn lower_for_body(
        &mut self,
        head: mir::BlockId,
        exit: mir::BlockId,
        filter: Option<&Expr>,
        body: &Expr,
    ) -> Operand {
        self.loops.push(LoopTargets { next: head, exit });
        if let Some(filter) = filter {
            let passed = self.lower_value(filter);
            self.b.branch_or(passed, head);
        }
        let value = self.lower_value(body);
        self.loops.pop();
        value
    }

    fn increment(&mut self, index: mir::VarId) {
        self.b.assign(
            index,
            Rvalue::Binary(BinOp::IntAdd, Operand::Var(index), Operand::Int(1)),
        );
    }

    /// `break` (`is_break`) or `continue`: a jump to the innermost loop's
    /// exit or head.
    pub fn lower_loop_exit(&mut self, is_break: bool, span: Span) {
        match self.loops.last().copied() {
            Some(targets) => {
                let target = if is_break { targets.exit } else { targets.next };
                self.b.terminate(Terminator::Goto(target));
            }
            None => {
                let what = if is_break { "`break`" } else { "`continue`" };
                self.lw
                    .unsupported(&format!("{what} outside of a loop"), span);
            }
        }
    }

    /// Evaluates the source; returns the element count and how to read
    /// element `i`, or `None` for a source pulled rather than counted.
    fn for_source(&mut self, source: &ForSource, pat: &Pattern) -> Option<(Operand, Elements)> {
        let size = |this: &mut Self, symbol: &str, value: Operand| {
            this.b.temp(
                ValueKind::Int,
                Rvalue::CallRuntime(symbol.into(), vec![value]),
            )
        };
        match source {
            ForSource::Range(range) => {
                let (start, end) = match self.range_bounds(range) {
                    Some(bounds) => bounds,
                    None => {
                        let r = self.lower_value(range);
                        let start = size(self, "mesh_range_start", r.clone());
                        let end = size(self, "mesh_range_end", r);
                        (start, end)
                    }
                };
                // The count is `end - start`, or 0 for an empty range.
                let count = self.b.new_var(None, ValueKind::Int);
                self.b
                    .assign(count, Rvalue::Binary(BinOp::IntSub, end, start.clone()));
                let negative = self.b.temp(
                    ValueKind::Bool,
                    Rvalue::Binary(BinOp::IntLt, Operand::Var(count), Operand::Int(0)),
                );
                let clamp = self.b.new_block();
                let join = self.b.new_block();
                self.b.terminate(Terminator::Branch {
                    cond: negative,
                    then_block: clamp,
                    else_block: join,
                });
                self.b.switch_to(clamp);
                self.b.assign(count, Rvalue::Use(Operand::Int(0)));
                self.b.terminate(Terminator::Goto(join));
                self.b.switch_to(join);
                Some((Operand::Var(count), Elements::Range { start }))
            }
            ForSource::List(list) => {
                let source = self.lower_value(list);
                let count = size(self, "mesh_list_length", source.clone());
                Some((
                    count,
                    Elements::Indexed {
                        source,
                        get: "mesh_list_get",
                    },
                ))
            }
            ForSource::Set(set) => {
                let source = self.lower_value(set);
                let count = size(self, "mesh_set_size", source.clone());
                Some((
                    count,
                    Elements::Indexed {
                        source,
                        get: "mesh_set_at",
                    },
                ))
            }
            ForSource::Pull { .. } => None,
            ForSource::Map(map) => {
                let map = self.lower_value(map);
                let count = size(self, "mesh_map_size", map.clone());
                let pair = match self.subst(&pat.ty) {
                    Type::Tuple(items) if items.len() == 2 => Some(items),
                    _ => None,
                };
                Some((count, Elements::MapEntries { map, pair }))
            }
        }
    }

    /// `(start, end)` of a range written directly as a call of
    /// `mesh_range_new`, without building the range object.
    fn range_bounds(&mut self, range: &Expr) -> Option<(Operand, Operand)> {
        let ExprKind::Call {
            callee: Callee::Extern(id),
            args,
            ..
        } = &range.kind
        else {
            return None;
        };
        let symbol = &self.lw.hir.externs[id.0 as usize].symbol;
        if symbol != "mesh_range_new" || args.len() != 2 {
            return None;
        }
        let start = self.lower_value(&args[0]);
        let end = self.lower_value(&args[1]);
        Some((start, end))
    }

    fn element(&mut self, elements: &Elements, index: Operand, pat: &Pattern) -> Operand {
        let kind = value_kind(&self.subst(&pat.ty));
        match elements {
            Elements::Range { start } => self.b.temp(
                ValueKind::Int,
                Rvalue::Binary(BinOp::IntAdd, start.clone(), index),
            ),
            Elements::Indexed { source, get } => self.b.temp(
                kind,
                Rvalue::CallRuntime(get.to_string(), vec![source.clone(), index]),
            ),
            Elements::MapEntries { map, pair } => {
                let at = |this: &mut Self, symbol: &str, kind: ValueKind| {
                    this.b.temp(
                        kind,
                        Rvalue::CallRuntime(symbol.into(), vec![map.clone(), index.clone()]),
                    )
                };
                match pair {
                    None => at(self, "mesh_map_key_at", kind),
                    Some(items) => {
                        let key = at(self, "mesh_map_key_at", value_kind(&items[0]));
                        let value = at(self, "mesh_map_value_at", value_kind(&items[1]));
                        let desc = TypeDesc {
                            kind: mir::KIND_TUPLE,
                            n_fields: 2,
                            ptr_mask: types::ptr_mask(items),
                            name: self.lw.type_text(&Type::Tuple(items.clone())),
                        };
                        let desc = self.lw.desc(desc);
                        let tuple = self
                            .b
                            .temp(ValueKind::Ptr, Rvalue::Alloc { desc, fields: 2 });
                        self.b.store(tuple.clone(), 0, key);
                        self.b.store(tuple.clone(), 1, value);
                        tuple
                    }
                }
            }
        }
    }
}
