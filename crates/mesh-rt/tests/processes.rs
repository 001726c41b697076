//! Processes and the scheduler, driven through the `extern "C"` API the
//! compiler uses (ABI.md "Processes"): a C program shaped like a compiled
//! one, linked with the runtime staticlib as `meshc` links, runs one
//! scenario per test; stdout, stderr and the exit status are checked.
//! Nothing here waits for a fixed time: processes wait on messages, and
//! the only timeouts are the ones under test.

mod c_program;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const PROGRAM_SOURCE: &str = r#"
#include <stdint.h>
#include <string.h>
#include <stdio.h>

typedef int64_t word;

extern const char mesh_desc_string;
extern const char mesh_typeinfo_int, mesh_typeinfo_string;
extern int mesh_rt_main(int argc, char **argv, word (*entry)(void));
extern word mesh_println(word s);
extern word mesh_print(word s);
extern word mesh_int_to_string(word n);
extern word mesh_string_concat(word a, word b);
extern void mesh_panic(const char *msg, word msg_len, const char *file, word file_len, word line);
extern word mesh_spawn(word entry, word args, word args_info);
extern word mesh_self(void);
extern word mesh_send(word pid, word msg, word info);
extern word mesh_receive_begin(word info, word timeout_ms);
extern word mesh_receive_next(void);
extern word mesh_receive_value(void);
extern word mesh_receive_accept(void);
extern word mesh_yield(void);
extern word mesh_link(word pid);
extern word mesh_set_terminate(word closure);
extern word mesh_timer_sleep(word ms);
extern word mesh_timer_send_after(word pid, word ms, word msg, word info);
extern word mesh_process_register(word name, word pid);
extern word mesh_process_whereis(word name);
extern word mesh_process_monitor(word pid);
extern word mesh_process_demonitor(word ref);
extern word mesh_process_is_alive(word pid);
extern void mesh_process_halt(word status);

#define INT ((word)&mesh_typeinfo_int)
#define STR ((word)&mesh_typeinfo_string)

struct literal { const void *desc; uint64_t meta; uint64_t len; char bytes[64]; } __attribute__((aligned(16)));
#define LIT(name, text) static const struct literal name = { &mesh_desc_string, 1, sizeof(text) - 1, text }
#define W(name) ((word)&name)

/* A static closure, as the compiler emits function values. */
struct desc { uint32_t kind; uint32_t n_fields; uint64_t ptr_mask; const char *name; };
static const struct desc closure_desc = { 6, 1, 0, "fn" };
struct closure { const struct desc *desc; uint64_t meta; void *code; } __attribute__((aligned(16)));
#define FN(name, fn) static const struct closure name = { &closure_desc, 1, (void *)fn }

static const char *scenario;

static void print_int(word n) { mesh_println(mesh_int_to_string(n)); }

/* receive v :: Int -> v (no after) */
static word receive_int(void) {
    mesh_receive_begin(INT, -1);
    mesh_receive_next();
    word v = mesh_receive_value();
    mesh_receive_accept();
    return v;
}

/* ---- hundred_k: 100,000 processes, one message each ---- */
static word echo_double(word self, word parent) {
    word v = receive_int();
    mesh_send(parent, v * 2, INT);
    return 0;
}
FN(echo_double_fn, echo_double);

/* ---- selective receive ---- */
static word selective(word self, word parent) {
    /* receive 2 only: 1 is skipped and must stay in place */
    mesh_receive_begin(INT, -1);
    for (;;) {
        mesh_receive_next();
        word v = mesh_receive_value();
        if (v == 2) { mesh_receive_accept(); print_int(v); break; }
    }
    print_int(receive_int());
    for (int i = 0; i < 2; i++) {
        mesh_receive_begin(STR, -1);
        mesh_receive_next();
        word s = mesh_receive_value();
        mesh_receive_accept();
        mesh_println(s);
    }
    return 0;
}
FN(selective_fn, selective);

/* ---- crash isolation ---- */
static word crasher(word self, word parent) {
    receive_int();
    mesh_panic("boom", 4, "main.mpl", 8, 3);
    return 0;
}
FN(crasher_fn, crasher);

static word healthy(word self, word n) {
    LIT(text, "healthy got ");
    word v = receive_int();
    mesh_println(mesh_string_concat(W(text), mesh_int_to_string(v)));
    return 0;
}
FN(healthy_fn, healthy);

/* ---- links ---- */
static word say_terminated(word self) {
    LIT(text, "linked partner terminated");
    mesh_println(W(text));
    return 0;
}
FN(say_terminated_fn, say_terminated);

static word linked_waiter(word self, word partner) {
    mesh_set_terminate((word)&say_terminated_fn);
    mesh_link(partner);
    mesh_send(1, 1, INT);
    receive_int();
    LIT(text, "linked waiter must not get here");
    mesh_println(W(text));
    return 0;
}
FN(linked_waiter_fn, linked_waiter);

static word returns_at_once(word self, word arg) { return 0; }
FN(returns_at_once_fn, returns_at_once);

static word survivor(word self, word partner) {
    mesh_link(partner);
    mesh_send(1, 1, INT);
    word v = receive_int();
    LIT(text, "survivor got ");
    mesh_println(mesh_string_concat(W(text), mesh_int_to_string(v)));
    return 0;
}
FN(survivor_fn, survivor);

/* waits until `pid` has exited, without a fixed sleep */
static void await_exit(word pid) {
    while (mesh_process_is_alive(pid)) mesh_timer_sleep(1);
}

/* ---- busy process and a message-driven one on one worker ---- */
static volatile int stop_spinning = 0;
static word spinner(word self, word arg) {
    long spins = 0;
    while (!stop_spinning) {
        if (++spins % 4000 == 0) mesh_yield(); /* the compiler's reduction check */
    }
    LIT(text, "spinner stopped");
    mesh_println(W(text));
    return 0;
}
FN(spinner_fn, spinner);

static word stopper(word self, word arg) {
    LIT(text, "stopper ran");
    mesh_println(W(text));
    stop_spinning = 1;
    return 0;
}
FN(stopper_fn, stopper);

/* ---- timers and exit rules ---- */
static word print_received(word self, word arg) {
    print_int(receive_int());
    return 0;
}
FN(print_received_fn, print_received);

static word receive_after(word self, word arg) {
    mesh_receive_begin(INT, 50);
    if (!mesh_receive_next()) { print_int(99); return 0; }
    print_int(mesh_receive_value());
    return 0;
}
FN(receive_after_fn, receive_after);

static word halter(word self, word arg) {
    LIT(text, "before halt");
    mesh_print(W(text));
    mesh_process_halt(3);
    return 0;
}
FN(halter_fn, halter);

static word depth(word n) { return n == 0 ? 0 : 1 + depth(n - 1) + (n & 1); }
static word overflow(word self, word arg) {
    print_int(depth(arg));
    return 0;
}
FN(overflow_fn, overflow);

/* ---- strings crossing heaps while both sides collect ---- */
static word receive_str(void) {
    mesh_receive_begin(STR, -1);
    mesh_receive_next();
    word s = mesh_receive_value();
    mesh_receive_accept();
    return s;
}

static word churn(word self, word parent) {
    LIT(empty, "");
    LIT(comma, ",");
    LIT(seed, "0123456789012345678901234567890123456789012345678901234567890123");
    word acc = W(empty);
    for (int i = 0; i < 100; i++) {
        acc = mesh_string_concat(acc, receive_str());
        acc = mesh_string_concat(acc, W(comma));
        for (int j = 0; j < 2000; j++) mesh_string_concat(W(seed), mesh_int_to_string(j));
    }
    mesh_send(parent, acc, STR);
    return 0;
}
FN(churn_fn, churn);

/* ---- terminate blocks ---- */
static word terminate_then_panic(word self) {
    LIT(text, "terminating");
    mesh_println(W(text));
    mesh_panic("inside terminate", 16, "main.mpl", 8, 9);
    return 0;
}
FN(terminate_then_panic_fn, terminate_then_panic);

static word crash_with_terminate(word self, word arg) {
    mesh_set_terminate((word)&terminate_then_panic_fn);
    mesh_panic("boom", 4, "main.mpl", 8, 3);
    return 0;
}
FN(crash_with_terminate_fn, crash_with_terminate);

/* a terminate closure built at run time, capturing a heap String */
extern word mesh_alloc(word size, const void *desc);
static const struct desc capturing_closure_desc = { 6, 2, 2, "fn" };

static word print_capture(word self) {
    mesh_println(((word *)self)[3]);
    return 0;
}

static word churn_then_crash(word self, word n) {
    LIT(bye, "bye ");
    LIT(seed, "0123456789012345678901234567890123456789012345678901234567890123");
    word *closure = (word *)mesh_alloc(32, &capturing_closure_desc);
    closure[2] = (word)print_capture;
    closure[3] = mesh_string_concat(W(bye), mesh_int_to_string(n));
    mesh_set_terminate((word)closure);
    closure = 0;
    for (int j = 0; j < 100000; j++) mesh_string_concat(W(seed), mesh_int_to_string(j));
    mesh_panic("boom", 4, "main.mpl", 8, 3);
    return 0;
}
FN(churn_then_crash_fn, churn_then_crash);

static word mesh_main(void) {
    if (strcmp(scenario, "hundred_k") == 0) {
        enum { N = 100000 };
        static word pids[N];
        for (word i = 0; i < N; i++) pids[i] = mesh_spawn((word)&echo_double_fn, mesh_self(), INT);
        for (word i = 0; i < N; i++) mesh_send(pids[i], i, INT);
        word sum = 0;
        for (word i = 0; i < N; i++) sum += receive_int();
        print_int(sum);
    } else if (strcmp(scenario, "selective") == 0) {
        LIT(a, "a");
        LIT(b, "b");
        word pid = mesh_spawn((word)&selective_fn, 0, INT);
        mesh_send(pid, W(a), STR);
        mesh_send(pid, 1, INT);
        mesh_send(pid, W(b), STR);
        mesh_send(pid, 2, INT);
    } else if (strcmp(scenario, "crash") == 0) {
        word bad = mesh_spawn((word)&crasher_fn, 0, INT);
        word good = mesh_spawn((word)&healthy_fn, 0, INT);
        mesh_send(bad, 1, INT);
        await_exit(bad);
        mesh_send(good, 5, INT);
        await_exit(good);
        LIT(text, "main still running");
        mesh_println(W(text));
    } else if (strcmp(scenario, "link_crash") == 0) {
        word bad = mesh_spawn((word)&crasher_fn, 0, INT);
        word waiter = mesh_spawn((word)&linked_waiter_fn, bad, INT);
        receive_int(); /* the waiter has linked */
        mesh_send(bad, 1, INT);
        await_exit(waiter);
        print_int(mesh_process_is_alive(waiter));
    } else if (strcmp(scenario, "link_normal") == 0) {
        word partner = mesh_spawn((word)&print_received_fn, 0, INT);
        word keeper = mesh_spawn((word)&survivor_fn, partner, INT);
        receive_int(); /* linked */
        mesh_send(partner, 3, INT);
        await_exit(partner);
        mesh_send(keeper, 7, INT);
    } else if (strcmp(scenario, "monitor") == 0) {
        word quick = mesh_spawn((word)&returns_at_once_fn, 0, INT);
        word ref = mesh_process_monitor(quick);
        await_exit(quick);
        word dead_ref = mesh_process_monitor(quick);
        print_int(ref > 0 && dead_ref > 0 && dead_ref != ref);
        print_int(mesh_process_demonitor(ref)); /* already fired: 1 */
        word waiting = mesh_spawn((word)&print_received_fn, 0, INT);
        word live_ref = mesh_process_monitor(waiting);
        print_int(mesh_process_demonitor(live_ref)); /* 0 */
        print_int(mesh_process_demonitor(live_ref)); /* 1 */
        mesh_send(waiting, 8, INT);
    } else if (strcmp(scenario, "registry") == 0) {
        LIT(name, "worker");
        LIT(empty, "");
        word pid = mesh_spawn((word)&print_received_fn, 0, INT);
        print_int(mesh_process_register(W(name), pid));     /* 0 */
        print_int(mesh_process_register(W(name), pid));     /* 1: taken */
        print_int(mesh_process_register(W(empty), pid));    /* 1: empty */
        print_int(mesh_process_register(W(name), 0));       /* 1: null pid */
        print_int(mesh_process_whereis(W(name)) == pid);    /* 1 */
        mesh_send(mesh_process_whereis(W(name)), 4, INT);
        await_exit(pid);
        print_int(mesh_process_whereis(W(name)));           /* 0: released */
        print_int(mesh_process_is_alive(0));                /* 0 */
        print_int(mesh_process_is_alive(mesh_self()));      /* 1 */
    } else if (strcmp(scenario, "busy") == 0) {
        mesh_spawn((word)&spinner_fn, 0, INT);
        mesh_spawn((word)&stopper_fn, 0, INT);
    } else if (strcmp(scenario, "send_after") == 0) {
        word pid = mesh_spawn((word)&print_received_fn, 0, INT);
        mesh_timer_send_after(pid, 30, 7, INT);
    } else if (strcmp(scenario, "send_after_to_exited") == 0) {
        word pid = mesh_spawn((word)&print_received_fn, 0, INT);
        mesh_timer_send_after(pid, 600000, 1, INT); /* ten minutes */
        mesh_send(pid, 2, INT);
    } else if (strcmp(scenario, "terminate") == 0) {
        word pid = mesh_spawn((word)&crash_with_terminate_fn, 0, INT);
        await_exit(pid);
        LIT(text, "main continues");
        mesh_println(W(text));
    } else if (strcmp(scenario, "terminate_closure_survives_collections") == 0) {
        mesh_spawn((word)&churn_then_crash_fn, 42, INT);
    } else if (strcmp(scenario, "unmatched_message") == 0) {
        LIT(text, "not an Int");
        word pid = mesh_spawn((word)&print_received_fn, 0, INT);
        mesh_send(pid, W(text), STR);
    } else if (strcmp(scenario, "blocked_forever") == 0) {
        mesh_spawn((word)&print_received_fn, 0, INT);
        LIT(text, "main returns");
        mesh_println(W(text));
    } else if (strcmp(scenario, "after") == 0) {
        mesh_spawn((word)&receive_after_fn, 0, INT);
    } else if (strcmp(scenario, "halt") == 0) {
        mesh_spawn((word)&halter_fn, 0, INT);
        receive_int(); /* never arrives */
    } else if (strcmp(scenario, "actor_overflow") == 0) {
        word pid = mesh_spawn((word)&overflow_fn, 100000000, INT);
        await_exit(pid);
        LIT(text, "main survived");
        mesh_println(W(text));
    } else if (strcmp(scenario, "strings") == 0) {
        LIT(m, "m");
        word pid = mesh_spawn((word)&churn_fn, mesh_self(), INT);
        for (word i = 0; i < 100; i++) {
            mesh_send(pid, mesh_string_concat(W(m), mesh_int_to_string(i)), STR);
        }
        mesh_println(receive_str());
    } else if (strcmp(scenario, "sleep") == 0) {
        mesh_timer_sleep(20);
        LIT(text, "slept");
        mesh_println(W(text));
    }
    return 0;
}

int main(int argc, char **argv) {
    scenario = argc > 1 ? argv[1] : "";
    return mesh_rt_main(argc, argv, mesh_main);
}
"#;

/// Compiles the test program once per test run.
fn program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| c_program::build("processes", PROGRAM_SOURCE, "-O1"))
}

fn run_with(scenario: &str, schedulers: &str) -> Output {
    Command::new(program())
        .arg(scenario)
        .env("MESH_SCHEDULERS", schedulers)
        .output()
        .expect("run test program")
}

fn run(scenario: &str) -> Output {
    run_with(scenario, "2")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn lines(output: &Output) -> Vec<String> {
    stdout(output).lines().map(str::to_owned).collect()
}

#[test]
fn a_hundred_thousand_processes_each_get_one_message() {
    let output = run("hundred_k");
    // Each replies with twice its number: 2 * (0 + 1 + ... + 99,999).
    assert_eq!(stdout(&output), "9999900000\n", "stderr: {}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn selective_receive_keeps_unmatched_messages_in_order() {
    let output = run("selective");
    assert_eq!(stdout(&output), "2\n1\na\nb\n", "stderr: {}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_crash_ends_only_the_crashing_process() {
    let output = run("crash");
    assert_eq!(lines(&output), ["healthy got 5", "main still running"]);
    let err = stderr(&output);
    assert!(
        err.contains("crashed: Mesh panic at main.mpl:3: boom"),
        "stderr: {err}"
    );
    assert!(!err.contains("process 1 crashed"), "stderr: {err}");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_crash_kills_linked_processes_after_their_terminate_block() {
    let output = run("link_crash");
    assert_eq!(lines(&output), ["linked partner terminated", "0"], "stderr: {}", stderr(&output));
    // Only the panicking process prints a crash line.
    assert_eq!(stderr(&output).matches("crashed").count(), 1, "stderr: {}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_normal_exit_does_not_kill_linked_processes() {
    let output = run("link_normal");
    assert_eq!(lines(&output), ["3", "survivor got 7"], "stderr: {}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn monitors_return_references_and_demonitor_reports_unknown_ones() {
    let output = run("monitor");
    assert_eq!(lines(&output), ["1", "1", "0", "1", "8"], "stderr: {}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn names_are_registered_looked_up_and_released_at_exit() {
    let output = run("registry");
    assert_eq!(
        lines(&output),
        ["0", "1", "1", "1", "1", "4", "0", "0", "1"],
        "stderr: {}",
        stderr(&output)
    );
}

#[test]
fn a_busy_process_does_not_starve_another_on_one_worker() {
    let output = run_with("busy", "1");
    assert_eq!(lines(&output), ["stopper ran", "spinner stopped"]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn send_after_delivers_later_and_keeps_the_program_alive() {
    let output = run("send_after");
    assert_eq!(stdout(&output), "7\n");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_timer_aimed_at_an_exited_process_does_not_keep_the_program_alive() {
    let started = std::time::Instant::now();
    let output = run("send_after_to_exited");
    assert_eq!(stdout(&output), "2\n");
    assert_eq!(output.status.code(), Some(0));
    // The timer was due in ten minutes; exiting well before means it was
    // cancelled when its target exited.
    assert!(started.elapsed() < std::time::Duration::from_secs(300));
}

#[test]
fn a_crash_runs_the_terminate_block_and_a_crash_inside_it_is_swallowed() {
    let output = run("terminate");
    assert_eq!(lines(&output), ["terminating", "main continues"], "stderr: {}", stderr(&output));
    let err = stderr(&output);
    assert_eq!(err.matches("crashed").count(), 1, "stderr: {err}");
    assert!(err.contains("crashed: Mesh panic at main.mpl:3: boom"), "stderr: {err}");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_terminate_closure_stays_alive_through_collections() {
    let output = run("terminate_closure_survives_collections");
    assert_eq!(stdout(&output), "bye 42\n", "stderr: {}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_message_no_receive_accepts_does_not_keep_the_program_alive() {
    let output = run("unmatched_message");
    assert_eq!(stdout(&output), "");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn the_program_exits_when_every_process_is_blocked_for_good() {
    let output = run("blocked_forever");
    assert_eq!(stdout(&output), "main returns\n");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_receive_with_after_keeps_the_program_alive_until_it_fires() {
    let output = run("after");
    assert_eq!(stdout(&output), "99\n");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn halt_exits_at_once_with_its_status_and_flushes_stdout() {
    let output = run("halt");
    assert_eq!(stdout(&output), "before halt");
    assert_eq!(output.status.code(), Some(3));
}

#[test]
fn a_stack_overflow_ends_only_that_actor() {
    let output = run("actor_overflow");
    assert_eq!(stdout(&output), "main survived\n", "stderr: {}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("crashed: stack overflow"), "stderr: {err}");
    assert!(!err.contains("process 1 crashed"), "stderr: {err}");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn messages_are_copies_that_survive_collections_of_both_heaps() {
    let output = run("strings");
    let expected: String = (0..100).map(|i| format!("m{i},")).collect();
    assert_eq!(stdout(&output), format!("{expected}\n"), "stderr: {}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

/// With `MESH_GC_STATS=1` the heaps of ended processes are reported summed
/// after main's own line: here the one churning process, whose 200,000
/// concatenations allocate megabytes and trigger collections.
#[test]
fn gc_statistics_sum_the_heaps_of_ended_processes() {
    let output = Command::new(program())
        .arg("strings")
        .env("MESH_GC_STATS", "1")
        .output()
        .expect("run test program");
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    let text = stderr(&output);
    let main_line = text.find("[mesh-rt] gc: ").expect("main's line");
    let others = text.find("[mesh-rt] gc, other processes: ").expect("the other processes' line");
    assert!(main_line < others, "{text}");
    let line = text[others..].lines().next().unwrap_or_default();
    let numbers: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().expect("a number"))
        .collect();
    let [heaps, collections, allocated] = numbers[..] else {
        panic!("three numbers expected in {line:?}");
    };
    assert_eq!(heaps, 1, "{line}");
    assert!(collections >= 1, "{line}");
    assert!(allocated > 4_000_000, "{line}");
}

#[test]
fn sleep_in_main_returns() {
    let output = run("sleep");
    assert_eq!(stdout(&output), "slept\n");
    assert_eq!(output.status.code(), Some(0));
}
