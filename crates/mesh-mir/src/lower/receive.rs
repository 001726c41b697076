//! `receive` (language.md §4.18.3) on the runtime's mailbox cursor
//! (crates/mesh-rt/ABI.md "Sending and receiving"):
//!
//! ```text
//!   mesh_receive_begin(info(M), timeout or -1)
//! head:
//!   if !mesh_receive_next() goto after      (only with `after`)
//!   v = mesh_receive_value()
//!   arm i: match pattern and guard, else try arm i+1;
//!          mesh_receive_accept(); the arm's body
//!   no arm matched: goto head               (the message stays)
//! after: the `after` body
//! ```
//!
//! Without `after`, `mesh_receive_next` only returns once there is a
//! candidate.

use super::body::{Body, Dest};
use super::types::value_kind;
use crate::mir::{Operand, Rvalue, Terminator, ValueKind};
use mesh_check::hir::{Arm, Expr};
use mesh_check::types::Type;
use mesh_syntax::Span;

impl Body<'_, '_> {
    pub(super) fn lower_receive(
        &mut self,
        message: &Type,
        arms: &[Arm],
        after: Option<&(Box<Expr>, Box<Expr>)>,
        dest: Dest,
        span: Span,
    ) {
        let message = self.subst(message);
        let info = self.lw.type_info(&message, span);
        let timeout = match after {
            Some((timeout, _)) => self.lower_value(timeout),
            None => Operand::Int(-1),
        };
        self.b.temp(
            ValueKind::Unit,
            Rvalue::CallRuntime("mesh_receive_begin".into(), vec![info, timeout]),
        );
        let head = self.b.new_block();
        self.b.terminate(Terminator::Goto(head));
        self.b.switch_to(head);
        let found = self
            .b
            .temp(ValueKind::Bool, Rvalue::CallRuntime("mesh_receive_next".into(), Vec::new()));
        let candidate = self.b.new_block();
        let timed_out = self.b.new_block();
        self.b.terminate(Terminator::Branch {
            cond: found,
            then_block: candidate,
            else_block: timed_out,
        });
        self.b.switch_to(timed_out);
        match after {
            Some((_, body)) => self.lower_into(body, dest),
            None => self.b.terminate(Terminator::Unreachable),
        }
        self.b.switch_to(candidate);
        let value = self.b.temp(
            value_kind(&message),
            Rvalue::CallRuntime("mesh_receive_value".into(), Vec::new()),
        );
        for arm in arms {
            let next_arm = self.b.new_block();
            self.enter_arm(arm, value.clone(), next_arm);
            self.b.temp(
                ValueKind::Unit,
                Rvalue::CallRuntime("mesh_receive_accept".into(), Vec::new()),
            );
            self.lower_into(&arm.body, dest);
            self.b.switch_to(next_arm);
        }
        self.b.terminate(Terminator::Goto(head));
    }
}
