//! Unit tests of the supervisor state machine, after the cases of
//! Erlang/OTP's supervisor suite that apply to Mesh supervisors (no
//! dynamic children, no `start_child`/`delete_child`).

use super::*;

const NOW: u64 = 1_000_000;

fn spec(name: &str, restart: Restart, shutdown: Shutdown) -> ChildSpec<&'static str> {
    ChildSpec {
        name: name.to_string(),
        start: "start",
        restart,
        shutdown,
    }
}

fn permanent(name: &str) -> ChildSpec<&'static str> {
    spec(name, Restart::Permanent, Shutdown::Timeout(5000))
}

/// A supervisor whose children were all started, child `i` as pid `10 + i`.
fn running(strategy: Strategy, specs: Vec<ChildSpec<&'static str>>) -> Policy<&'static str> {
    let mut policy = Policy::new(strategy, 3, 5, specs);
    for step in policy.start_all() {
        let Step::Start(id) = step else { panic!("{step:?}") };
        policy.started(id, Some(10 + id.0 as u64));
    }
    policy
}

fn terminate(id: usize, shutdown: Shutdown) -> Step {
    Step::Terminate {
        child: ChildId(id),
        pid: 10 + id as u64,
        shutdown,
    }
}

fn term(id: usize) -> Step {
    terminate(id, Shutdown::Timeout(5000))
}

fn start(id: usize) -> Step {
    Step::Start(ChildId(id))
}

/// Carries out `steps` as a driver would, restarted child `i` getting pid
/// `next`, `next + 1`, ...
fn perform(policy: &mut Policy<&'static str>, steps: &[Step], mut next: u64) {
    for step in steps {
        match step {
            Step::Start(id) => {
                policy.started(*id, Some(next));
                next += 1;
            }
            Step::Terminate { child, .. } => policy.terminated(*child),
            Step::Exit(_) => {}
        }
    }
}

#[test]
fn children_start_in_declaration_order() {
    let policy = Policy::new(
        Strategy::OneForOne,
        3,
        5,
        vec![permanent("a"), permanent("b"), permanent("c")],
    );
    assert_eq!(policy.start_all(), vec![start(0), start(1), start(2)]);
    assert_eq!(policy.names(), vec!["a", "b", "c"]);
}

#[test]
fn an_ignored_start_keeps_the_child_not_running() {
    let mut policy = Policy::new(Strategy::OneForOne, 3, 5, vec![permanent("a"), permanent("b")]);
    policy.started(ChildId(0), None);
    policy.started(ChildId(1), Some(11));
    assert_eq!(policy.running(), vec![11]);
    assert_eq!(policy.pid(ChildId(0)), None);
    assert!(policy.spec(ChildId(0)).is_some());
    // Not running, so it is not terminated either.
    assert_eq!(policy.terminate_all(), vec![term(1)]);
}

#[test]
fn exits_of_unknown_processes_need_nothing() {
    let mut policy = running(Strategy::OneForOne, vec![permanent("a")]);
    assert_eq!(policy.exited(99, ExitKind::Abnormal, NOW), vec![]);
    assert_eq!(policy.running(), vec![10]);
}

#[test]
fn permanent_children_restart_after_any_exit() {
    let mut policy = running(Strategy::OneForOne, vec![permanent("a")]);
    assert_eq!(policy.exited(10, ExitKind::Abnormal, NOW), vec![start(0)]);
    policy.started(ChildId(0), Some(20));
    assert_eq!(policy.exited(20, ExitKind::Clean, NOW), vec![start(0)]);
}

#[test]
fn transient_children_restart_only_after_abnormal_exits() {
    let transient = spec("t", Restart::Transient, Shutdown::Timeout(5000));
    let mut policy = running(Strategy::OneForOne, vec![transient.clone()]);
    assert_eq!(policy.exited(10, ExitKind::Abnormal, NOW), vec![start(0)]);
    policy.started(ChildId(0), Some(20));
    assert_eq!(policy.exited(20, ExitKind::Clean, NOW), vec![]);
    // The spec is kept, not running.
    assert_eq!(policy.running(), Vec::<u64>::new());
    assert_eq!(policy.names(), vec!["t"]);
}

#[test]
fn temporary_children_are_never_restarted_and_their_spec_is_removed() {
    let temporary = spec("tmp", Restart::Temporary, Shutdown::Timeout(5000));
    for kind in [ExitKind::Abnormal, ExitKind::Clean] {
        let mut policy = running(Strategy::OneForOne, vec![temporary.clone(), permanent("p")]);
        assert_eq!(policy.exited(10, kind, NOW), vec![]);
        assert_eq!(policy.names(), vec!["p"]);
        assert_eq!(policy.spec(ChildId(0)), None);
    }
}

#[test]
fn one_for_one_restarts_only_the_failed_child() {
    let mut policy = running(
        Strategy::OneForOne,
        vec![permanent("a"), permanent("b"), permanent("c")],
    );
    assert_eq!(policy.exited(11, ExitKind::Abnormal, NOW), vec![start(1)]);
    policy.started(ChildId(1), Some(21));
    assert_eq!(policy.running(), vec![10, 21, 12]);
}

#[test]
fn simple_one_for_one_restarts_only_the_failed_instance() {
    let mut policy = running(Strategy::SimpleOneForOne, vec![permanent("w"), permanent("w")]);
    assert_eq!(policy.exited(10, ExitKind::Abnormal, NOW), vec![start(0)]);
}

#[test]
fn one_for_all_terminates_the_others_in_reverse_order_then_starts_all_in_order() {
    let mut policy = running(
        Strategy::OneForAll,
        vec![permanent("a"), permanent("b"), permanent("c")],
    );
    let steps = policy.exited(11, ExitKind::Abnormal, NOW);
    assert_eq!(steps, vec![term(2), term(0), start(0), start(1), start(2)]);
    perform(&mut policy, &steps, 20);
    assert_eq!(policy.running(), vec![20, 21, 22]);
}

#[test]
fn one_for_all_does_not_restart_terminated_temporary_children() {
    let temporary = spec("tmp", Restart::Temporary, Shutdown::BrutalKill);
    let mut policy = running(Strategy::OneForAll, vec![permanent("a"), temporary]);
    let steps = policy.exited(10, ExitKind::Abnormal, NOW);
    assert_eq!(steps, vec![terminate(1, Shutdown::BrutalKill), start(0)]);
    perform(&mut policy, &steps, 20);
    assert_eq!(policy.names(), vec!["a"]);
    assert_eq!(policy.running(), vec![20]);
}

#[test]
fn one_for_all_after_a_clean_exit_of_a_transient_child_does_nothing() {
    let transient = spec("t", Restart::Transient, Shutdown::Timeout(5000));
    let mut policy = running(Strategy::OneForAll, vec![permanent("a"), transient]);
    assert_eq!(policy.exited(11, ExitKind::Clean, NOW), vec![]);
    assert_eq!(policy.running(), vec![10]);
}

#[test]
fn rest_for_one_restarts_the_failed_child_and_those_declared_after_it() {
    let mut policy = running(
        Strategy::RestForOne,
        vec![permanent("a"), permanent("b"), permanent("c"), permanent("d")],
    );
    let steps = policy.exited(11, ExitKind::Abnormal, NOW);
    assert_eq!(steps, vec![term(3), term(2), start(1), start(2), start(3)]);
    perform(&mut policy, &steps, 20);
    assert_eq!(policy.running(), vec![10, 20, 21, 22]);
}

#[test]
fn rest_for_one_on_the_last_child_restarts_it_alone() {
    let mut policy = running(Strategy::RestForOne, vec![permanent("a"), permanent("b")]);
    assert_eq!(policy.exited(11, ExitKind::Abnormal, NOW), vec![start(1)]);
}

#[test]
fn shutdown_steps_carry_each_childs_shutdown() {
    let policy = running(
        Strategy::OneForOne,
        vec![
            spec("a", Restart::Permanent, Shutdown::BrutalKill),
            spec("b", Restart::Permanent, Shutdown::Timeout(2000)),
            spec("c", Restart::Permanent, Shutdown::Timeout(0)),
        ],
    );
    assert_eq!(
        policy.terminate_all(),
        vec![
            terminate(2, Shutdown::Timeout(0)),
            terminate(1, Shutdown::Timeout(2000)),
            terminate(0, Shutdown::BrutalKill),
        ]
    );
}

#[test]
fn the_codes_of_the_abi_map_to_strategies_restarts_and_shutdowns() {
    assert_eq!(Strategy::from_code(0), Some(Strategy::OneForOne));
    assert_eq!(Strategy::from_code(1), Some(Strategy::OneForAll));
    assert_eq!(Strategy::from_code(2), Some(Strategy::RestForOne));
    assert_eq!(Strategy::from_code(3), Some(Strategy::SimpleOneForOne));
    assert_eq!(Strategy::from_code(4), None);
    assert_eq!(Restart::from_code(0), Some(Restart::Permanent));
    assert_eq!(Restart::from_code(1), Some(Restart::Transient));
    assert_eq!(Restart::from_code(2), Some(Restart::Temporary));
    assert_eq!(Restart::from_code(3), None);
    assert_eq!(Shutdown::from_code(-1), Shutdown::BrutalKill);
    assert_eq!(Shutdown::from_code(5000), Shutdown::Timeout(5000));
}

#[test]
fn exceeding_the_intensity_terminates_all_children_in_reverse_and_exits() {
    let mut policy = running(
        Strategy::OneForOne,
        vec![permanent("a"), permanent("b"), permanent("c")],
    );
    // Three restarts within 5 seconds are allowed.
    let mut pid = 11;
    for (n, at) in [0u64, 1000, 2000].into_iter().enumerate() {
        assert_eq!(policy.exited(pid, ExitKind::Abnormal, NOW + at), vec![start(1)], "restart {n}");
        pid = 20 + n as u64;
        policy.started(ChildId(1), Some(pid));
    }
    // The fourth escalates.
    let steps = policy.exited(pid, ExitKind::Abnormal, NOW + 3000);
    assert_eq!(
        steps,
        vec![
            term(2),
            term(0),
            Step::Exit("restart limit exceeded: 3 restarts in 5 seconds".into()),
        ]
    );
}

#[test]
fn restarts_older_than_the_window_are_forgotten() {
    let mut policy = running(Strategy::OneForOne, vec![permanent("a")]);
    let mut pid = 10;
    // One restart every 2 seconds: never more than 3 in any 5 seconds.
    for n in 0..10u64 {
        let steps = policy.exited(pid, ExitKind::Abnormal, NOW + n * 2000);
        assert_eq!(steps, vec![start(0)], "restart {n}");
        pid = 100 + n;
        policy.started(ChildId(0), Some(pid));
    }
}

#[test]
fn zero_max_restarts_escalates_at_the_first_restart() {
    let mut policy = Policy::new(Strategy::OneForOne, 0, 5, vec![permanent("a"), permanent("b")]);
    policy.started(ChildId(0), Some(10));
    policy.started(ChildId(1), Some(11));
    assert_eq!(
        policy.exited(10, ExitKind::Clean, NOW),
        vec![
            term(1),
            Step::Exit("restart limit exceeded: 0 restarts in 5 seconds".into())
        ]
    );
}

#[test]
fn exits_that_need_no_restart_do_not_count_toward_the_intensity() {
    let transient = spec("t", Restart::Transient, Shutdown::Timeout(5000));
    let mut policy = Policy::new(Strategy::OneForOne, 1, 5, vec![transient, permanent("p")]);
    policy.started(ChildId(0), Some(10));
    policy.started(ChildId(1), Some(11));
    assert_eq!(policy.exited(10, ExitKind::Clean, NOW), vec![]);
    assert_eq!(policy.exited(11, ExitKind::Abnormal, NOW), vec![start(1)]);
}

#[test]
fn a_group_restart_counts_once() {
    let mut policy = Policy::new(Strategy::OneForAll, 1, 5, vec![permanent("a"), permanent("b")]);
    policy.started(ChildId(0), Some(10));
    policy.started(ChildId(1), Some(11));
    let steps = policy.exited(10, ExitKind::Abnormal, NOW);
    assert_eq!(steps, vec![term(1), start(0), start(1)]);
    perform(&mut policy, &steps, 20);
    let steps = policy.exited(21, ExitKind::Abnormal, NOW + 10);
    assert_eq!(
        steps,
        vec![
            terminate(0, Shutdown::Timeout(5000)).with_pid(20),
            Step::Exit("restart limit exceeded: 1 restarts in 5 seconds".into())
        ]
    );
}

#[test]
fn a_failed_start_at_start_up_terminates_the_started_children_in_reverse_and_exits() {
    let mut policy = Policy::new(
        Strategy::OneForOne,
        3,
        5,
        vec![permanent("a"), permanent("b"), permanent("c"), permanent("d")],
    );
    policy.started(ChildId(0), Some(10));
    policy.started(ChildId(1), None);
    policy.started(ChildId(2), Some(12));
    // `d` is never started; the ignored `b` is not running.
    assert_eq!(
        policy.failed_to_start(ChildId(3), "boom"),
        vec![
            term(2),
            term(0),
            Step::Exit("failed to start child d: boom".into())
        ]
    );
}

#[test]
fn a_failed_restart_is_tried_again_and_counts_toward_the_intensity() {
    let mut policy = Policy::new(Strategy::OneForOne, 2, 5, vec![permanent("a"), permanent("b")]);
    policy.started(ChildId(0), Some(10));
    policy.started(ChildId(1), Some(11));
    assert_eq!(policy.exited(10, ExitKind::Clean, NOW), vec![start(0)]);
    assert_eq!(policy.failed_to_restart(ChildId(0), NOW + 1), vec![start(0)]);
    assert_eq!(
        policy.failed_to_restart(ChildId(0), NOW + 2),
        vec![
            term(1),
            Step::Exit("restart limit exceeded: 2 restarts in 5 seconds".into())
        ]
    );
}

#[test]
fn a_failed_restart_of_a_transient_child_is_tried_again() {
    let transient = spec("t", Restart::Transient, Shutdown::Timeout(5000));
    let mut policy = running(Strategy::OneForOne, vec![transient]);
    assert_eq!(policy.exited(10, ExitKind::Abnormal, NOW), vec![start(0)]);
    assert_eq!(policy.failed_to_restart(ChildId(0), NOW), vec![start(0)]);
}

#[test]
fn a_failed_start_in_a_group_restart_restarts_the_group_anew() {
    let mut policy = running(
        Strategy::OneForAll,
        vec![permanent("a"), permanent("b"), permanent("c")],
    );
    let steps = policy.exited(12, ExitKind::Abnormal, NOW);
    assert_eq!(steps, vec![term(1), term(0), start(0), start(1), start(2)]);
    // `a` restarts as 20, then the start of `b` fails: `a` is stopped
    // again and the whole group starts anew (`c`'s pending start is
    // replaced by these steps).
    perform(&mut policy, &steps[..3], 20);
    assert_eq!(
        policy.failed_to_restart(ChildId(1), NOW),
        vec![term(0).with_pid(20), start(0), start(1), start(2)]
    );
}

impl Step {
    fn with_pid(self, new_pid: u64) -> Step {
        match self {
            Step::Terminate { child, shutdown, .. } => Step::Terminate {
                child,
                pid: new_pid,
                shutdown,
            },
            other => other,
        }
    }
}
