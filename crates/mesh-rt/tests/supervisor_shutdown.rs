//! How a supervisor terminates its children (runtime.md §9): a child with
//! `shutdown: ms` gets a `shutdown` exit signal and is killed when it is
//! still alive after `ms`; a `brutal_kill` child is killed at once; the
//! children go in reverse declaration order and the supervisor then exits
//! with the intensity reason. Children are Rust processes started by
//! `start` closures, as compiled `fn -> spawn(...) end` closures would be.
//! One program run per test binary (the scheduler runs once per OS
//! process); processes record what they see, the checks run afterwards.

use std::sync::Mutex;

use mesh_rt::object::{field_ptr, mesh_alloc, TypeDesc, HEADER_SIZE, KIND_TUPLE};
use mesh_rt::sched::{self, ExitReason, Pid, Spawn, SystemKind, SystemMessage};
use mesh_rt::supervisor::mesh_supervisor_spawn;
use mesh_rt::{closure, list, string};

/// What main sees, in order.
static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
/// What the stubborn child sees.
static STUBBORN: Mutex<Vec<String>> = Mutex::new(Vec::new());
/// The pids the start closures returned, by child number.
static PIDS: Mutex<[Pid; 4]> = Mutex::new([0; 4]);

fn record(line: String) {
    SEEN.lock().unwrap().push(line);
}

fn down(reference: u64) -> SystemMessage {
    sched::receive_system(|m| m.kind == SystemKind::Down && m.reference == reference, None)
        .expect("no timeout was given")
}

/// Child 1: traps exits and ignores them, so only a kill ends it.
extern "C" fn start_stubborn(_closure: i64) -> i64 {
    let spawned = Spawn::new().trapping_exits().start(|| loop {
        if let Some(signal) = sched::receive_system(|m| m.kind == SystemKind::Exit, None) {
            let reason = signal.reason.unwrap_or(ExitReason::Noproc);
            STUBBORN.lock().unwrap().push(format!("ignores {reason}"));
        }
    });
    PIDS.lock().unwrap()[1] = spawned.pid;
    spawned.pid as i64
}

/// Children 2 and 3: wait for good (they do not trap exits).
fn start_plain(n: usize) -> i64 {
    let spawned = Spawn::new().start(|| loop {
        sched::park();
    });
    PIDS.lock().unwrap()[n] = spawned.pid;
    spawned.pid as i64
}

extern "C" fn start_brutal(_closure: i64) -> i64 {
    start_plain(2)
}

extern "C" fn start_failing(_closure: i64) -> i64 {
    start_plain(3)
}

static CHILD_DESC: TypeDesc = TypeDesc {
    kind: KIND_TUPLE,
    n_fields: 4,
    ptr_mask: 0b11,
    name: c"(String, fn() -> Pid, Int, Int)".as_ptr().cast(),
};

/// A child tuple `(name, start, restart, shutdown)` in the current heap.
fn child(name: &str, start: extern "C" fn(i64) -> i64, restart: i64, shutdown: i64) -> i64 {
    let tuple = unsafe { mesh_alloc((HEADER_SIZE + 32) as i64, &CHILD_DESC as *const TypeDesc as i64) };
    let name = string::from_str(name);
    let start = closure::new(start as *const (), &[]);
    unsafe {
        field_ptr(tuple, 0).write(name);
        field_ptr(tuple, 1).write(start);
        field_ptr(tuple, 2).write(restart);
        field_ptr(tuple, 3).write(shutdown);
    }
    tuple
}

#[test]
fn children_are_stopped_in_reverse_order_by_their_shutdown() {
    sched::run_program(Box::new(|| {
        let me = sched::current_pid();
        // one_for_one, no restart allowed: the first failure stops it all.
        let children = [
            child("stubborn", start_stubborn, 0, 30),
            child("brutal", start_brutal, 0, -1),
            child("failing", start_failing, 0, 5000),
        ];
        let list = list::from_slice(&children);
        let supervisor = unsafe { mesh_supervisor_spawn(0, 0, 5, list) } as Pid;
        let supervisor_monitor = sched::monitor(supervisor);
        // The supervisor has started all three once child 3 has a pid.
        while PIDS.lock().unwrap()[3] == 0 {
            sched::yield_now();
        }
        let pids = *PIDS.lock().unwrap();
        let monitors: Vec<u64> = (1..=3).map(|n| sched::monitor(pids[n])).collect();
        sched::send_exit(pids[3], me, ExitReason::Error("failing child".into()));
        // The DOWNs arrive in the order the children exited.
        for _ in 0..3 {
            let message = sched::receive_system(
                |m| m.kind == SystemKind::Down && monitors.contains(&m.reference),
                None,
            )
            .expect("no timeout was given");
            let n = (1..=3).find(|&n| pids[n] == message.from).unwrap_or(0);
            record(format!("child {n} exited: {}", message.reason.unwrap_or(ExitReason::Noproc)));
        }
        let message = down(supervisor_monitor);
        record(format!("supervisor exited: {}", message.reason.unwrap_or(ExitReason::Noproc)));
    }));
    let seen = SEEN.lock().unwrap().clone();
    assert_eq!(
        seen,
        [
            "child 3 exited: failing child",
            "child 2 exited: killed",
            "child 1 exited: killed",
            "supervisor exited: restart limit exceeded: 0 restarts in 5 seconds",
        ]
    );
    // Child 1 got the shutdown signal first (it has `shutdown: 30`),
    // child 2 none (brutal kill).
    assert_eq!(*STUBBORN.lock().unwrap(), ["ignores shutdown"]);
}
