//! The scheduler's Rust API as the runtime's own process code (services,
//! jobs, supervisors) uses it: monitors and their DOWN reasons, trapped
//! exit signals, explicit exit signals, link cascades, the reason of a
//! stack overflow. One program run per
//! test binary (the scheduler runs once per OS process), so everything is
//! one test; processes only record what they see, the checks run after the
//! program has ended.

use std::sync::Mutex;

use mesh_rt::panic::crash;
use mesh_rt::sched::{self, ExitReason, Spawn, SystemKind, SystemMessage};

static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record(line: String) {
    SEEN.lock().unwrap().push(line);
}

/// Waits for the DOWN message of monitor `reference`.
fn down(reference: u64) -> SystemMessage {
    sched::receive_system(|m| m.kind == SystemKind::Down && m.reference == reference, None)
        .expect("no timeout was given")
}

fn reason_of(message: &SystemMessage) -> ExitReason {
    message.reason.clone().expect("DOWN and exit messages carry a reason")
}

/// Non-tail recursion that never ends.
#[inline(never)]
fn depth(n: u64) -> u64 {
    if n == 0 {
        0
    } else {
        1 + std::hint::black_box(depth(n - 1))
    }
}

fn park_forever() -> ! {
    loop {
        sched::park();
    }
}

#[test]
fn monitors_links_trapping_and_exit_signals() {
    sched::run_program(Box::new(|| {
        let me = sched::current_pid();
        record(format!("main is {me}"));

        let crasher = Spawn::new().monitored().start(|| crash("bad thing"));
        let message = down(crasher.monitor.unwrap());
        record(format!("down {} from crasher {}", reason_of(&message), message.from == crasher.pid));
        record(format!("crasher alive {}", sched::is_alive(crasher.pid)));

        let trapper = Spawn::new().monitored().trapping_exits().start(|| {
            let child = Spawn::new().linked().start(|| crash("child failed"));
            let signal = sched::receive_system(|m| m.kind == SystemKind::Exit, None).unwrap();
            record(format!("trapped {} from child {}", reason_of(&signal), signal.from == child.pid));
        });
        record(format!("down {} from trapper", reason_of(&down(trapper.monitor.unwrap()))));

        let parked = Spawn::new().monitored().start(|| park_forever());
        sched::send_exit(parked.pid, me, ExitReason::Normal);
        sched::send_exit(parked.pid, me, ExitReason::Shutdown);
        record(format!("down {} after shutdown", reason_of(&down(parked.monitor.unwrap()))));

        let trapping = Spawn::new().monitored().trapping_exits().start(|| park_forever());
        sched::send_exit(trapping.pid, me, ExitReason::Killed);
        record(format!("down {} after kill", reason_of(&down(trapping.monitor.unwrap()))));

        let reference = sched::monitor(trapping.pid);
        record(format!("down {} for a dead pid", reason_of(&down(reference))));

        let outer = Spawn::new().monitored().start(|| {
            Spawn::new().linked().start(|| crash("inner failed"));
            park_forever()
        });
        let reason = reason_of(&down(outer.monitor.unwrap()));
        let cascaded = matches!(&reason, ExitReason::Linked(_, inner) if **inner == ExitReason::Error("inner failed".into()));
        record(format!("cascade {cascaded}"));

        let deep = Spawn::new().monitored().start(|| {
            record(format!("unreachable {}", depth(u64::MAX)));
        });
        record(format!("down {}", reason_of(&down(deep.monitor.unwrap()))));

        let named = Spawn::new().start(|| park_forever());
        record(format!("register {}", sched::register("api-test", named.pid)));
        record(format!("whereis {}", sched::whereis("api-test") == named.pid));
        sched::send_exit(named.pid, me, ExitReason::Killed);
    }));
    assert_eq!(
        *SEEN.lock().unwrap(),
        [
            "main is 1",
            "down bad thing from crasher true",
            "crasher alive false",
            "trapped child failed from child true",
            "down normal from trapper",
            "down shutdown after shutdown",
            "down killed after kill",
            "down noproc for a dead pid",
            "cascade true",
            "down stack overflow",
            "register true",
            "whereis true",
        ]
    );
}
