//! Messages and mailboxes (runtime.md §5, ABI.md "Messages and type tags").
//!
//! A value crossing processes is copied out of the sender's heap into a
//! heap of its own, a [`MessageValue`], when it is sent; the receiver copies
//! it again into its own heap each time it looks at it
//! ([`MessageValue::copy_here`]), so sender and receiver never share an
//! object and either may collect or exit at any time. Scalars need no
//! heap.
//!
//! A [`Mailbox`] keeps user messages (what `receive` examines, tagged with
//! the `TypeInfo` of their static type) and system messages (exit signals,
//! DOWN notifications, service and job traffic) in two separate queues,
//! each in arrival order.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::copy;
use crate::heap::{self, Heap};
use crate::typeinfo::{self, TypeInfo};

use super::{ExitReason, Pid};

/// A value copied out of its sender's heap, with the `TypeInfo` of its
/// static type (its type tag).
pub struct MessageValue {
    value: i64,
    info: &'static TypeInfo,
    /// Where the value's objects live; `None` for scalars and static
    /// objects.
    heap: Option<Box<Heap>>,
}

// SAFETY: the value's objects live in the message's own heap, which is
// never written after the copy that built it; readers only read it.
unsafe impl Send for MessageValue {}
// SAFETY: as above.
unsafe impl Sync for MessageValue {}

impl MessageValue {
    /// Copies `value`, of the type `info` describes, out of the current
    /// heap.
    ///
    /// # Safety
    /// `value` must be a value of that type living in the current heap (or
    /// static, or a scalar).
    pub unsafe fn copy_from_current(value: i64, info: &'static TypeInfo) -> MessageValue {
        if info.is_pointer == 0 {
            return MessageValue {
                value,
                info,
                heap: None,
            };
        }
        let mut own = Box::new(Heap::new());
        let copied = heap::with_current_heap(|source| copy::copy_into(value, info, Some(source), &mut own));
        MessageValue {
            value: copied,
            info,
            heap: Some(own),
        }
    }

    /// The type tag: the address of the value's `TypeInfo`.
    pub fn tag(&self) -> i64 {
        typeinfo::word(self.info)
    }

    /// A fresh copy of the value in the current heap (which may be
    /// collected on the way: call it from the process owning that heap).
    pub fn copy_here(&self) -> i64 {
        match &self.heap {
            None => self.value,
            Some(own) => copy::copy_here(self.value, self.info, Some(own)),
        }
    }

    /// A fresh copy of the value in `destination`, a heap no running code
    /// uses (a process that has not started yet).
    pub fn copy_into(&self, destination: &mut Heap) -> i64 {
        match &self.heap {
            None => self.value,
            Some(own) => copy::copy_into(self.value, self.info, Some(own), destination),
        }
    }
}

/// What a system message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SystemKind {
    /// An exit signal delivered to a process that traps exits: `from`
    /// exited with `reason`.
    Exit,
    /// A monitor fired: `from` (the monitored process) exited with
    /// `reason`; `reference` is the monitor reference.
    Down,
    /// A service finished its `init` and is ready for requests.
    ServiceReady,
    /// A service call (`reference` identifies the reply).
    ServiceCall,
    /// A service cast.
    ServiceCast,
    /// The reply to the service call `reference`.
    ServiceReply,
    /// The result of a job.
    JobResult,
}

/// A message of the runtime's own protocols; never seen by `receive`.
pub struct SystemMessage {
    pub kind: SystemKind,
    /// The process the message is from (or about, for `Exit`/`Down`).
    pub from: Pid,
    /// A correlation reference (monitor reference, call reference); 0 when
    /// unused.
    pub reference: u64,
    /// A value carried along (a request, a reply, a job result).
    pub value: Option<MessageValue>,
    /// An exit reason carried along (`Exit`, `Down`, a failed call).
    pub reason: Option<ExitReason>,
}

impl SystemMessage {
    /// A message of `kind` from `from` with nothing attached.
    pub fn new(kind: SystemKind, from: Pid) -> SystemMessage {
        SystemMessage {
            kind,
            from,
            reference: 0,
            value: None,
            reason: None,
        }
    }
}

/// One process's mailbox.
#[derive(Default)]
pub struct Mailbox {
    /// User messages, oldest first.
    pub(crate) user: VecDeque<Arc<MessageValue>>,
    /// System messages, oldest first.
    pub(crate) system: VecDeque<SystemMessage>,
}
