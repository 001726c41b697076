//! Services, jobs and supervisors, driven through the `extern "C"` API the
//! compiler uses (ABI.md "Processes ..."): a C program shaped like a
//! compiled one, linked with the runtime staticlib as `meshc` links, runs
//! one scenario per test; stdout, stderr and the exit status are checked.
//! Nothing waits for a fixed time: processes wait on messages (or poll
//! `is_alive` to see an exit), and the only timeouts are the ones under
//! test.

mod c_program;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const PROGRAM_SOURCE: &str = r#"
#include <stdint.h>
#include <string.h>

typedef int64_t word;

struct typeinfo {
    uint64_t is_pointer;
    word (*eq)(word, word);
    void *cmp, *hash, *to_string;
    const char *name;
    word (*copy)(word);
};
extern const struct typeinfo mesh_typeinfo_int, mesh_typeinfo_string, mesh_typeinfo_unit;
extern const char mesh_desc_string, mesh_desc_list;
extern int mesh_rt_main(int argc, char **argv, word (*entry)(void));
extern word mesh_println(word s);
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
extern word mesh_link(word pid);
extern word mesh_set_terminate(word closure);
extern word mesh_timer_sleep(word ms);
extern word mesh_process_register(word name, word pid);
extern word mesh_process_whereis(word name);
extern word mesh_process_is_alive(word pid);
extern word mesh_service_start(word entry, word args, word name, word args_info);
extern word mesh_service_ready(void);
extern word mesh_service_call(word pid, word request, word service, word function, word request_info);
extern word mesh_service_cast(word pid, word request, word request_info);
extern word mesh_service_next(word request_info);
extern word mesh_service_reply(word reply, word reply_info);
extern word mesh_job_async(word f, word result_info);
extern word mesh_job_await(word job);
extern word mesh_job_await_timeout(word job, word ms);
extern word mesh_supervisor_spawn(word strategy, word max_restarts, word max_seconds, word children);

static word same(word a, word b) { return a == b; }
static word copy_word(word a) { return a; }

#define INT ((word)&mesh_typeinfo_int)
#define STR ((word)&mesh_typeinfo_string)
/* The request types of two services: Int words with infos of their own. */
static const struct typeinfo counter_request = { 0, same, 0, 0, 0, "Counter.Request", copy_word };
static const struct typeinfo other_request = { 0, same, 0, 0, 0, "Other.Request", copy_word };
/* What a supervised worker sends main once it runs: its number. */
static const struct typeinfo ready_info = { 0, same, 0, 0, 0, "Ready", copy_word };
#define READY ((word)&ready_info)
#define REQ ((word)&counter_request)
#define OTHER ((word)&other_request)

struct literal { const void *desc; uint64_t meta; uint64_t len; char bytes[48]; } __attribute__((aligned(16)));
#define LIT(name, text) static const struct literal name = { &mesh_desc_string, 1, sizeof(text) - 1, text }
#define W(name) ((word)&name)
#define PANIC(text, line) mesh_panic(text, sizeof(text) - 1, "main.mpl", 8, line)

struct desc { uint32_t kind; uint32_t n_fields; uint64_t ptr_mask; const char *name; };
static const struct desc closure_desc = { 6, 1, 0, "fn" };
struct closure { const struct desc *desc; uint64_t meta; void *code; } __attribute__((aligned(16)));
#define FN(name, fn) static const struct closure name = { &closure_desc, 1, (void *)fn }

static const char *scenario;

static void print_int(word n) { mesh_println(mesh_int_to_string(n)); }
static word receive_int(void) {
    mesh_receive_begin(INT, -1);
    mesh_receive_next();
    word v = mesh_receive_value();
    mesh_receive_accept();
    return v;
}

/* 1 when an Int message is already there (after 0), else 0 */
static word poll_int(word *v) {
    mesh_receive_begin(INT, 0);
    if (!mesh_receive_next()) return 0;
    *v = mesh_receive_value();
    mesh_receive_accept();
    return 1;
}

static void await_exit(word pid) {
    while (mesh_process_is_alive(pid)) mesh_timer_sleep(1);
}

/* ---- the Counter service: state Int; requests are Int codes ---- */
enum { BUMP = 1, ADD_CAST = 2, GET_TEXT = 3, BOOM = 4, SELF_CALL = 5, GET = 6 };
LIT(counter_name, "Counter");
LIT(bump_name, "bump");
LIT(get_name, "get");
LIT(get_text_name, "get_text");
LIT(boom_name, "boom");
LIT(self_call_name, "self_call");
LIT(registered_name, "counter");

static word counter_entry(word self, word initial) {
    if (initial < 0) PANIC("init failed", 5);
    if (initial == 1000) mesh_process_register(W(registered_name), mesh_self());
    word state = initial;
    mesh_service_ready();
    for (;;) {
        word request = mesh_service_next(REQ);
        switch (request) {
        case BUMP: state += 1; mesh_service_reply(state, INT); break;
        case ADD_CAST: state += 100; break;
        case GET: mesh_service_reply(state, INT); break;
        case GET_TEXT: {
            LIT(prefix, "state is ");
            mesh_service_reply(mesh_string_concat(W(prefix), mesh_int_to_string(state)), STR);
            break;
        }
        case BOOM: PANIC("handler boom", 9); break;
        case SELF_CALL:
            mesh_service_reply(mesh_service_call(mesh_self(), GET, W(counter_name), W(get_name), REQ), INT);
            break;
        }
    }
    return 0;
}
FN(counter_entry_fn, counter_entry);

static word call(word pid, word request, word name) {
    return mesh_service_call(pid, request, W(counter_name), name, REQ);
}

/* callers that are expected to crash, each in a process of its own */
static word call_null(word self, word arg) { return call(0, GET, W(get_name)); }
FN(call_null_fn, call_null);
static word call_other_type(word self, word pid) {
    return mesh_service_call(pid, GET, W(counter_name), W(get_name), OTHER);
}
FN(call_other_type_fn, call_other_type);
static word call_self_call(word self, word pid) { return call(pid, SELF_CALL, W(self_call_name)); }
FN(call_self_call_fn, call_self_call);
static word call_bump(word self, word pid) { return call(pid, BUMP, W(bump_name)); }
FN(call_bump_fn, call_bump);
static word call_boom(word self, word pid) { return call(pid, BOOM, W(boom_name)); }
FN(call_boom_fn, call_boom);
static word start_failing(word self, word arg) {
    mesh_service_start((word)&counter_entry_fn, -1, W(counter_name), INT);
    LIT(text, "start must not return");
    mesh_println(W(text));
    return 0;
}
FN(start_failing_fn, start_failing);

/* ---- jobs ---- */
static word job_text(word self) {
    LIT(text, "job ");
    return mesh_string_concat(W(text), mesh_int_to_string(7));
}
FN(job_text_fn, job_text);
static word job_boom(word self) { PANIC("job boom", 11); return 0; }
FN(job_boom_fn, job_boom);
static word job_doubles_message(word self) { return 2 * receive_int(); }
FN(job_doubles_message_fn, job_doubles_message);

static word result_tag(word r) { return ((word *)r)[2]; }
static word result_payload(word r) { return ((word *)r)[3]; }

static void print_result_text(word r) {
    LIT(ok, "Ok: ");
    LIT(err, "Err: ");
    mesh_println(mesh_string_concat(result_tag(r) == 0 ? W(ok) : W(err), result_payload(r)));
}

static word crashing_job_owner(word self, word parent) {
    word job = mesh_job_async((word)&job_doubles_message_fn, INT);
    mesh_send(parent, job, INT);
    receive_int();
    PANIC("owner boom", 13);
    return 0;
}
FN(crashing_job_owner_fn, crashing_job_owner);

/* ---- supervisors: workers report to main (pid 1) ---- */
static word stop_line(word n) {
    LIT(text, "stop ");
    mesh_println(mesh_string_concat(W(text), mesh_int_to_string(n)));
    return 0;
}
static word stop_1(word self) { return stop_line(1); }
static word stop_2(word self) { return stop_line(2); }
static word stop_3(word self) { return stop_line(3); }
FN(stop_1_fn, stop_1);
FN(stop_2_fn, stop_2);
FN(stop_3_fn, stop_3);

/* receives 1: crash, 2: return normally */
static word worker(word self, word n) {
    const struct closure *stops[] = { &stop_1_fn, &stop_2_fn, &stop_3_fn };
    mesh_set_terminate((word)stops[n - 1]);
    mesh_send(1, n, READY);
    word order = receive_int();
    if (order == 1) PANIC("worker crashed", 17);
    return 0;
}
FN(worker_fn, worker);

/* a child's start: runs in a starter process of the supervisor, tells main "n started as pid" */
static word start_child(word n) {
    word pid = mesh_spawn((word)&worker_fn, n, INT);
    mesh_send(1, n * 1000000 + pid, INT);
    return pid;
}
static word start_1(word self) { return start_child(1); }
static word start_2(word self) { return start_child(2); }
static word start_3(word self) { return start_child(3); }
FN(start_1_fn, start_1);
FN(start_2_fn, start_2);
FN(start_3_fn, start_3);

struct child { const struct desc *desc; uint64_t meta; word name, start, restart, shutdown; } __attribute__((aligned(16)));
static const struct desc child_desc = { 2, 4, 0x3, "(String, fn() -> Pid, Int, Int)" };
LIT(name_1, "one");
LIT(name_2, "two");
LIT(name_3, "three");
#define CHILD(var, n, restart, shutdown) \
    static const struct child var = { &child_desc, 1, W(name_##n), (word)&start_##n##_fn, restart, shutdown }
struct children { const void *desc; uint64_t meta; uint64_t len; word items[3]; } __attribute__((aligned(16)));

static word pids[4];

/* links to the supervisor `sup`, then crashes */
static word crash_linked(word self, word sup) {
    mesh_link(sup);
    PANIC("linked crash", 19);
    return 0;
}
FN(crash_linked_fn, crash_linked);

/* receives one start report, records the pid, waits until that worker
   runs, prints "start n" */
static void expect_start(void) {
    word report = receive_int();
    word n = report / 1000000;
    pids[n] = report % 1000000;
    mesh_receive_begin(READY, -1);
    for (;;) {
        mesh_receive_next();
        if (mesh_receive_value() == n) { mesh_receive_accept(); break; }
    }
    LIT(text, "start ");
    mesh_println(mesh_string_concat(W(text), mesh_int_to_string(n)));
}

static void order(word n, word what) {
    word pid = pids[n];
    mesh_send(pid, what, INT);
    await_exit(pid);
}

static word supervise(word strategy, word max_restarts, const struct child *a, const struct child *b, const struct child *c) {
    static struct children list;
    list.desc = &mesh_desc_list;
    list.meta = 1;
    list.len = c ? 3 : 2;
    list.items[0] = (word)a;
    list.items[1] = (word)b;
    list.items[2] = (word)c;
    return mesh_supervisor_spawn(strategy, max_restarts, 5, (word)&list);
}

static word mesh_main(void) {
    if (strcmp(scenario, "service") == 0) {
        word pid = mesh_service_start((word)&counter_entry_fn, 10, W(counter_name), INT);
        print_int(call(pid, BUMP, W(bump_name)));          /* 11 */
        mesh_service_cast(pid, ADD_CAST, REQ);              /* 111 */
        mesh_send(pid, BUMP, INT);                          /* a plain message: dropped */
        mesh_println(call(pid, GET_TEXT, W(get_text_name))); /* state is 111 */
        print_int(call(pid, BUMP, W(bump_name)));           /* 112 */
    } else if (strcmp(scenario, "service_init_runs_in_the_service") == 0) {
        word pid = mesh_service_start((word)&counter_entry_fn, 1000, W(counter_name), INT);
        print_int(mesh_process_whereis(W(registered_name)) == pid);
    } else if (strcmp(scenario, "service_failures") == 0) {
        word pid = mesh_service_start((word)&counter_entry_fn, 0, W(counter_name), INT);
        await_exit(mesh_spawn((word)&call_null_fn, 0, INT));
        await_exit(mesh_spawn((word)&call_other_type_fn, pid, INT));
        print_int(call(pid, BUMP, W(bump_name)));           /* 1: still serving */
        await_exit(mesh_spawn((word)&call_self_call_fn, pid, INT));
        print_int(mesh_process_is_alive(pid));              /* 0 */
        await_exit(mesh_spawn((word)&call_bump_fn, pid, INT));
        word other = mesh_service_start((word)&counter_entry_fn, 0, W(counter_name), INT);
        await_exit(mesh_spawn((word)&call_boom_fn, other, INT));
        LIT(text, "main carries on");
        mesh_println(W(text));
    } else if (strcmp(scenario, "service_start_failure") == 0) {
        await_exit(mesh_spawn((word)&start_failing_fn, 0, INT));
        LIT(text, "main carries on");
        mesh_println(W(text));
    } else if (strcmp(scenario, "jobs") == 0) {
        print_result_text(mesh_job_await(mesh_job_async((word)&job_text_fn, STR)));
        print_result_text(mesh_job_await(mesh_job_async((word)&job_boom_fn, INT)));
        word job = mesh_job_async((word)&job_doubles_message_fn, INT);
        print_result_text(mesh_job_await_timeout(job, 20));
        mesh_send(job, 21, INT);
        word r = mesh_job_await(job);
        print_int(result_tag(r));
        print_int(result_payload(r));                       /* 42 */
        print_result_text(mesh_job_await(999999));         /* not a job of main */
    } else if (strcmp(scenario, "job_owner_crash") == 0) {
        word owner = mesh_spawn((word)&crashing_job_owner_fn, mesh_self(), INT);
        word job = receive_int();
        print_int(mesh_process_is_alive(job));              /* 1 */
        mesh_send(owner, 1, INT);
        await_exit(job);
        print_int(mesh_process_is_alive(job));              /* 0 */
    } else if (strcmp(scenario, "one_for_one") == 0) {
        CHILD(a, 1, 0, 5000); CHILD(b, 2, 0, 5000); CHILD(c, 3, 0, 5000);
        supervise(0, 3, &a, &b, &c);
        expect_start(); expect_start(); expect_start();
        order(2, 1);
        expect_start();
    } else if (strcmp(scenario, "one_for_all") == 0) {
        CHILD(a, 1, 0, 5000); CHILD(b, 2, 0, -1); CHILD(c, 3, 0, 5000);
        supervise(1, 3, &a, &b, &c);
        expect_start(); expect_start(); expect_start();
        order(2, 1);
        expect_start(); expect_start(); expect_start();
    } else if (strcmp(scenario, "rest_for_one") == 0) {
        CHILD(a, 1, 0, 5000); CHILD(b, 2, 0, 5000); CHILD(c, 3, 0, -1);
        supervise(2, 3, &a, &b, &c);
        expect_start(); expect_start(); expect_start();
        order(2, 1);
        expect_start(); expect_start();
    } else if (strcmp(scenario, "restart_types") == 0) {
        CHILD(a, 1, 1, 5000); CHILD(b, 2, 2, 5000); CHILD(c, 3, 0, 5000);
        supervise(0, 10, &a, &b, &c);
        expect_start(); expect_start(); expect_start();
        order(1, 1);      /* transient, crash: restarted */
        expect_start();
        order(1, 2);      /* transient, normal: not restarted */
        order(2, 1);      /* temporary, crash: not restarted */
        order(3, 2);      /* permanent, normal: restarted */
        expect_start();
        word extra;
        LIT(none, "no other start");
        if (!poll_int(&extra)) mesh_println(W(none));
    } else if (strcmp(scenario, "linked_crash") == 0) {
        CHILD(a, 1, 0, 5000); CHILD(b, 2, 0, -1);
        word sup = supervise(0, 3, &a, &b, 0);
        expect_start(); expect_start();
        mesh_spawn((word)&crash_linked_fn, sup, INT);
        await_exit(sup);
        LIT(text, "supervisor stopped");
        mesh_println(W(text));
    } else if (strcmp(scenario, "intensity") == 0) {
        CHILD(a, 1, 0, 5000); CHILD(b, 2, 0, 5000);
        word sup = supervise(0, 2, &a, &b, 0);
        mesh_link(sup);
        expect_start(); expect_start();
        order(1, 1); expect_start();
        order(1, 1); expect_start();
        mesh_send(pids[1], 1, INT);
        receive_int();    /* the supervisor's exit ends main through the link */
    }
    return 0;
}

int main(int argc, char **argv) {
    scenario = argc > 1 ? argv[1] : "";
    return mesh_rt_main(argc, argv, mesh_main);
}
"#;

fn program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| c_program::build("services", PROGRAM_SOURCE, "-O1"))
}

fn run(scenario: &str) -> Output {
    Command::new(program())
        .arg(scenario)
        .env("MESH_SCHEDULERS", "2")
        .output()
        .expect("run test program")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Asserts the program printed `expected` and exited with `status`.
fn assert_run(scenario: &str, expected: &[&str], status: i32) -> String {
    let output = run(scenario);
    let err = stderr(&output);
    assert_eq!(lines(&output), expected, "stderr: {err}");
    assert_eq!(output.status.code(), Some(status), "stderr: {err}");
    err
}

#[test]
fn calls_reply_casts_update_and_plain_messages_are_dropped() {
    assert_run("service", &["11", "state is 111", "112"], 0);
}

#[test]
fn init_runs_in_the_service_process() {
    assert_run("service_init_runs_in_the_service", &["1"], 0);
}

#[test]
fn failed_calls_crash_the_caller_with_the_reason() {
    let err = assert_run("service_failures", &["1", "0", "main carries on"], 0);
    for expected in [
        "crashed: service call failed: Counter.get: noproc",
        "crashed: service call failed: Counter.get: request of another service",
        "crashed: service call failed: Counter.get: call to self",
        "crashed: service call failed: Counter.self_call: service call failed: Counter.get: call to self",
        "crashed: service call failed: Counter.bump: noproc",
        "crashed: Mesh panic at main.mpl:9: handler boom",
        "crashed: service call failed: Counter.boom: Mesh panic at main.mpl:9: handler boom",
    ] {
        assert!(err.contains(expected), "missing `{expected}` in stderr: {err}");
    }
    assert!(!err.contains("process 1 crashed"), "stderr: {err}");
}

#[test]
fn a_crash_in_init_fails_the_start() {
    let err = assert_run("service_start_failure", &["main carries on"], 0);
    assert!(
        err.contains("crashed: service start failed: Counter: Mesh panic at main.mpl:5: init failed"),
        "stderr: {err}"
    );
    assert!(!err.contains("start must not return"), "stderr: {err}");
}

#[test]
fn await_gives_the_result_or_the_crash_reason_of_that_job() {
    let err = assert_run(
        "jobs",
        &[
            "Ok: job 7",
            "Err: Mesh panic at main.mpl:11: job boom",
            "Err: timeout",
            "0",
            "42",
            "Err: noproc",
        ],
        0,
    );
    assert!(!err.contains("process 1 crashed"), "stderr: {err}");
}

#[test]
fn a_crashing_caller_stops_its_jobs() {
    let err = assert_run("job_owner_crash", &["1", "0"], 0);
    assert!(err.contains("crashed: Mesh panic at main.mpl:13: owner boom"), "stderr: {err}");
}

#[test]
fn one_for_one_restarts_only_the_failed_child() {
    assert_run(
        "one_for_one",
        &["start 1", "start 2", "start 3", "stop 2", "start 2"],
        0,
    );
}

#[test]
fn one_for_all_stops_the_others_in_reverse_order_and_restarts_all_in_order() {
    assert_run(
        "one_for_all",
        &[
            "start 1", "start 2", "start 3", "stop 2", "stop 3", "stop 1", "start 1", "start 2",
            "start 3",
        ],
        0,
    );
}

#[test]
fn rest_for_one_restarts_the_failed_child_and_those_after_it() {
    assert_run(
        "rest_for_one",
        &["start 1", "start 2", "start 3", "stop 2", "stop 3", "start 2", "start 3"],
        0,
    );
}

#[test]
fn restart_types_decide_which_exits_restart() {
    assert_run(
        "restart_types",
        &[
            "start 1",
            "start 2",
            "start 3",
            "stop 1",
            "start 1",
            "stop 1",
            "stop 2",
            "stop 3",
            "start 3",
            "no other start",
        ],
        0,
    );
}

#[test]
fn exceeding_the_restart_intensity_stops_the_children_and_the_supervisor() {
    let err = assert_run(
        "intensity",
        &[
            "start 1", "start 2", "stop 1", "start 1", "stop 1", "start 1", "stop 1", "stop 2",
        ],
        101,
    );
    assert!(
        err.contains("restart limit exceeded: 2 restarts in 5 seconds"),
        "stderr: {err}"
    );
}

#[test]
fn a_crash_of_a_linked_process_stops_the_children_and_the_supervisor() {
    let err = assert_run(
        "linked_crash",
        &["start 1", "start 2", "stop 2", "stop 1", "supervisor stopped"],
        0,
    );
    assert!(err.contains("crashed: Mesh panic at main.mpl:19: linked crash"), "stderr: {err}");
}
