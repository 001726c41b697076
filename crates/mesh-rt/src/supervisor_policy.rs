//! The decisions of a supervisor (runtime.md §9) as a pure state machine:
//! which children to start, which to terminate and in what order, and when
//! to give up. It performs no effect itself: [`crate::supervisor`] runs the
//! supervisor process, carries out the [`Step`]s and reports back what
//! happened (a start that gave a pid or was ignored, a child that exited).
//!
//! Rules:
//! - children start in declaration order; a start that yields no process
//!   (the null pid) is *ignored*: the child stays in the list, not running;
//! - a child's exit is restarted by its restart type: `permanent` always,
//!   `transient` unless the reason is `normal` or `shutdown`, `temporary`
//!   never (its spec is removed);
//! - what is restarted follows the strategy: the child alone
//!   (`one_for_one`, `simple_one_for_one`), every child (`one_for_all`: the
//!   others are terminated in reverse declaration order first), or the
//!   child and those declared after it (`rest_for_one`); temporary children
//!   terminated on the way are removed, not restarted;
//! - before a restart the restarts older than `max_seconds` are forgotten;
//!   when `max_restarts` remain the supervisor terminates every child in
//!   reverse order and exits with `restart limit exceeded: <max_restarts>
//!   restarts in <max_seconds> seconds`;
//! - a start that fails (its `start` function crashed) while the
//!   supervisor starts up stops it: the children already started are
//!   terminated in reverse order and it exits with `failed to start child
//!   <name>: <reason>`; a start that fails during a restart is a failed
//!   restart, handled like an abnormal exit of that child (so it is tried
//!   again, each try counting toward the intensity).

use std::collections::VecDeque;

/// How a supervisor restarts its children.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    OneForOne,
    OneForAll,
    RestForOne,
    SimpleOneForOne,
}

impl Strategy {
    /// The strategy of the ABI code (0..=3), `None` for another code.
    pub fn from_code(code: i64) -> Option<Strategy> {
        match code {
            0 => Some(Strategy::OneForOne),
            1 => Some(Strategy::OneForAll),
            2 => Some(Strategy::RestForOne),
            3 => Some(Strategy::SimpleOneForOne),
            _ => None,
        }
    }
}

/// When a child that exited is restarted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restart {
    Permanent,
    Transient,
    Temporary,
}

impl Restart {
    /// The restart type of the ABI code (0..=2), `None` for another code.
    pub fn from_code(code: i64) -> Option<Restart> {
        match code {
            0 => Some(Restart::Permanent),
            1 => Some(Restart::Transient),
            2 => Some(Restart::Temporary),
            _ => None,
        }
    }
}

/// How a child is terminated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shutdown {
    /// Killed at once.
    BrutalKill,
    /// Sent a `shutdown` exit signal, killed if still alive after this many
    /// milliseconds.
    Timeout(u64),
}

impl Shutdown {
    /// The shutdown of the ABI code: milliseconds, or -1 for `brutal_kill`.
    pub fn from_code(code: i64) -> Shutdown {
        if code < 0 {
            Shutdown::BrutalKill
        } else {
            Shutdown::Timeout(code as u64)
        }
    }
}

/// How a child ended, as far as restarting goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// `normal` or `shutdown`.
    Clean,
    /// Any other reason.
    Abnormal,
}

/// A child specification: its name, its restart and shutdown, and what the
/// driver needs to start it (`start`, opaque here).
#[derive(Clone, Debug, PartialEq)]
pub struct ChildSpec<T> {
    pub name: String,
    pub start: T,
    pub restart: Restart,
    pub shutdown: Shutdown,
}

/// Identifies a child for as long as its spec is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChildId(pub usize);

/// What the driver must do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Start the child (then report [`Policy::started`]).
    Start(ChildId),
    /// Terminate the running child `pid` as its shutdown says and wait for
    /// its exit (then report [`Policy::terminated`]).
    Terminate {
        child: ChildId,
        pid: u64,
        shutdown: Shutdown,
    },
    /// Exit the supervisor with this reason (after the steps before it).
    Exit(String),
}

#[derive(Clone, Debug)]
struct Child<T> {
    id: ChildId,
    spec: ChildSpec<T>,
    /// The running process, `None` when not running.
    pid: Option<u64>,
}

/// A supervisor's children and recent restarts.
#[derive(Clone, Debug)]
pub struct Policy<T> {
    strategy: Strategy,
    max_restarts: usize,
    max_seconds: u64,
    children: Vec<Child<T>>,
    /// Times (ms) of the restarts still in the window, oldest first.
    restarts: VecDeque<u64>,
}

impl<T> Policy<T> {
    /// A supervisor for `specs` (declaration order), none started yet.
    pub fn new(strategy: Strategy, max_restarts: u64, max_seconds: u64, specs: Vec<ChildSpec<T>>) -> Self {
        Policy {
            strategy,
            max_restarts: max_restarts as usize,
            max_seconds,
            children: specs
                .into_iter()
                .enumerate()
                .map(|(i, spec)| Child {
                    id: ChildId(i),
                    spec,
                    pid: None,
                })
                .collect(),
            restarts: VecDeque::new(),
        }
    }

    /// The steps starting every child, in declaration order.
    pub fn start_all(&self) -> Vec<Step> {
        self.children.iter().map(|c| Step::Start(c.id)).collect()
    }

    /// The spec of child `id`, while it is kept.
    pub fn spec(&self, id: ChildId) -> Option<&ChildSpec<T>> {
        self.child(id).map(|c| &c.spec)
    }

    /// The running process of child `id`.
    pub fn pid(&self, id: ChildId) -> Option<u64> {
        self.child(id).and_then(|c| c.pid)
    }

    /// The pids of the running children, in declaration order.
    pub fn running(&self) -> Vec<u64> {
        self.children.iter().filter_map(|c| c.pid).collect()
    }

    /// The names of the kept children, in declaration order.
    pub fn names(&self) -> Vec<&str> {
        self.children.iter().map(|c| c.spec.name.as_str()).collect()
    }

    fn child(&self, id: ChildId) -> Option<&Child<T>> {
        self.children.iter().find(|c| c.id == id)
    }

    fn position(&self, id: ChildId) -> Option<usize> {
        self.children.iter().position(|c| c.id == id)
    }

    /// Records the outcome of a [`Step::Start`]: the new process, or
    /// `None` when the start was ignored.
    pub fn started(&mut self, id: ChildId, pid: Option<u64>) {
        if let Some(i) = self.position(id) {
            self.children[i].pid = pid;
        }
    }

    /// Records that a [`Step::Terminate`] finished: the child is no longer
    /// running, and a temporary child is forgotten.
    pub fn terminated(&mut self, id: ChildId) {
        if let Some(i) = self.position(id) {
            if self.children[i].spec.restart == Restart::Temporary {
                self.children.remove(i);
            } else {
                self.children[i].pid = None;
            }
        }
    }

    /// The child running as `pid`.
    pub fn child_of(&self, pid: u64) -> Option<ChildId> {
        self.children.iter().find(|c| c.pid == Some(pid)).map(|c| c.id)
    }

    /// What to do after the process `pid` exited with a reason of `kind`
    /// at time `now_ms`. Exits of processes that are not running children
    /// need nothing.
    pub fn exited(&mut self, pid: u64, kind: ExitKind, now_ms: u64) -> Vec<Step> {
        let Some(i) = self.children.iter().position(|c| c.pid == Some(pid)) else {
            return Vec::new();
        };
        self.children[i].pid = None;
        self.react(i, kind, now_ms)
    }

    /// What to do after the [`Step::Start`] of child `id` failed with
    /// `reason` while the supervisor was starting up (from
    /// [`Policy::start_all`]): terminate the children started so far in
    /// reverse order, then exit.
    pub fn failed_to_start(&mut self, id: ChildId, reason: &str) -> Vec<Step> {
        let name = self.spec(id).map(|spec| spec.name.clone()).unwrap_or_default();
        if let Some(i) = self.position(id) {
            self.children[i].pid = None;
        }
        let mut steps = self.terminate_all();
        steps.push(Step::Exit(format!("failed to start child {name}: {reason}")));
        steps
    }

    /// What to do after the [`Step::Start`] of child `id` failed during a
    /// restart at time `now_ms`: as after an abnormal exit of the child.
    /// The steps not yet carried out from the batch the start came from
    /// must be dropped (these steps replace them).
    pub fn failed_to_restart(&mut self, id: ChildId, now_ms: u64) -> Vec<Step> {
        let Some(i) = self.position(id) else {
            return Vec::new();
        };
        self.children[i].pid = None;
        self.react(i, ExitKind::Abnormal, now_ms)
    }

    /// The reaction to child `i` having stopped running with a reason of
    /// `kind`.
    fn react(&mut self, i: usize, kind: ExitKind, now_ms: u64) -> Vec<Step> {
        let restart = match self.children[i].spec.restart {
            Restart::Permanent => true,
            Restart::Transient => kind == ExitKind::Abnormal,
            Restart::Temporary => false,
        };
        if !restart {
            if self.children[i].spec.restart == Restart::Temporary {
                self.children.remove(i);
            }
            return Vec::new();
        }
        if self.limit_reached(now_ms) {
            let mut steps = self.terminate_all();
            steps.push(Step::Exit(format!(
                "restart limit exceeded: {} restarts in {} seconds",
                self.max_restarts, self.max_seconds
            )));
            return steps;
        }
        self.restarts.push_back(now_ms);
        let failed = self.children[i].id;
        match self.strategy {
            Strategy::OneForOne | Strategy::SimpleOneForOne => vec![Step::Start(failed)],
            Strategy::OneForAll => self.restart_from(0, failed),
            Strategy::RestForOne => self.restart_from(i, failed),
        }
    }

    /// Forgets the restarts older than the window; whether `max_restarts`
    /// remain, so that no further restart is allowed.
    fn limit_reached(&mut self, now_ms: u64) -> bool {
        let window = self.max_seconds.saturating_mul(1000);
        while self
            .restarts
            .front()
            .is_some_and(|&t| now_ms.saturating_sub(t) > window)
        {
            self.restarts.pop_front();
        }
        self.restarts.len() >= self.max_restarts
    }

    /// Terminates the children from position `first` on (reverse order),
    /// then starts them again in order, `failed` included; temporary
    /// children other than `failed` are not restarted.
    fn restart_from(&self, first: usize, failed: ChildId) -> Vec<Step> {
        let group = &self.children[first..];
        let mut steps = terminate_in_reverse(group);
        steps.extend(
            group
                .iter()
                .filter(|c| c.id == failed || c.spec.restart != Restart::Temporary)
                .map(|c| Step::Start(c.id)),
        );
        steps
    }

    /// Terminates every running child, in reverse declaration order (when
    /// the supervisor itself stops).
    pub fn terminate_all(&self) -> Vec<Step> {
        terminate_in_reverse(&self.children)
    }
}

/// Terminate steps for the running children of `group`, last first.
fn terminate_in_reverse<P>(group: &[Child<P>]) -> Vec<Step> {
    group
        .iter()
        .rev()
        .filter_map(|c| {
            c.pid.map(|pid| Step::Terminate {
                child: c.id,
                pid,
                shutdown: c.spec.shutdown,
            })
        })
        .collect()
}

#[cfg(test)]
#[path = "supervisor_policy_tests.rs"]
mod tests;
