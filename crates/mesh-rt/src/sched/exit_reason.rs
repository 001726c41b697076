//! Why a process ended (runtime.md §7): the exit reasons links, monitors,
//! supervisors and job results carry.

use std::fmt;

use super::Pid;

/// The reason a process exited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExitReason {
    /// Its function returned.
    Normal,
    /// Stopped by its supervisor.
    Shutdown,
    /// Killed untrappably.
    Killed,
    /// It crashed (a panic, a stack overflow) with this message.
    Error(String),
    /// A linked process exited with the inner reason.
    Linked(Pid, Box<ExitReason>),
    /// The target process did not exist.
    Noproc,
    /// The node of a remote process was lost.
    Noconnection,
}

impl ExitReason {
    /// Whether a linked partner that does not trap exits ignores an exit
    /// signal with this reason (`normal` and `shutdown`, runtime.md §7).
    pub fn is_ignored_by_links(&self) -> bool {
        matches!(self, ExitReason::Normal | ExitReason::Shutdown)
    }
}

/// `normal`, `shutdown`, `killed`, `noproc`, `noconnection`, the message
/// itself for `error(message)`, and `linked(<pid>, <reason>)`.
impl fmt::Display for ExitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExitReason::Normal => f.write_str("normal"),
            ExitReason::Shutdown => f.write_str("shutdown"),
            ExitReason::Killed => f.write_str("killed"),
            ExitReason::Error(message) => f.write_str(message),
            ExitReason::Linked(pid, reason) => write!(f, "linked({pid}, {reason})"),
            ExitReason::Noproc => f.write_str("noproc"),
            ExitReason::Noconnection => f.write_str("noconnection"),
        }
    }
}
