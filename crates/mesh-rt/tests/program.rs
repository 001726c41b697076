//! Whole programs: a C `main` shaped like the one the compiler emits calls
//! `mesh_rt_main` and is linked with the runtime staticlib exactly as
//! `meshc` links (`cc main.c libmesh_rt.a -lm`). Checks stdout, stderr and
//! exit status for output, compiler panics, runtime errors and a closed
//! stdout pipe.

mod c_program;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

const PROGRAM_SOURCE: &str = r#"
#include <stdint.h>
#include <string.h>

typedef int64_t word;

extern const char mesh_desc_string;
extern int mesh_rt_main(int argc, char **argv, word (*entry)(void));
extern word mesh_println(word s);
extern word mesh_print(word s);
extern word mesh_string_concat(word a, word b);
extern word mesh_int_to_string(word n);
extern word mesh_float_to_string(word bits);
extern word mesh_list_from_array(const word *words, word len);
extern word mesh_list_get(word list, word index);
extern word mesh_list_head(word list);
extern word mesh_list_tail(word list);
extern void mesh_panic(const char *msg, word msg_len, const char *file, word file_len, word line);

/* A string literal as the compiler emits it. */
struct literal { const void *desc; uint64_t meta; uint64_t len; char bytes[64]; } __attribute__((aligned(16)));
#define LIT(name, text) static const struct literal name = { &mesh_desc_string, 1, sizeof(text) - 1, text }
#define W(name) ((word)&name)

static const char *scenario;

static word float_bits(double x) { word w; memcpy(&w, &x, sizeof w); return w; }

static word mesh_main(void) {
    LIT(hello, "Hello, world!");
    LIT(a, "a");
    LIT(b_newline, "b\n");
    LIT(x_is, "x = ");
    LIT(tail, "no newline at end");
    LIT(before, "before");
    LIT(partial, "partial");
    LIT(line, "a line of output that fills the pipe quickly");
    word three[3] = {1, 2, 3};

    if (strcmp(scenario, "hello") == 0) {
        mesh_println(W(hello));
        mesh_print(W(a));
        mesh_print(W(b_newline));
        mesh_println(mesh_string_concat(W(x_is), mesh_int_to_string(42)));
        mesh_println(mesh_float_to_string(float_bits(2.0)));
        mesh_print(W(tail));
    } else if (strcmp(scenario, "panic") == 0) {
        mesh_println(W(before));
        mesh_print(W(partial));
        mesh_panic("division by zero", 16, "main.mpl", 8, 7);
    } else if (strcmp(scenario, "list_get") == 0) {
        mesh_list_get(mesh_list_from_array(three, 3), 5);
    } else if (strcmp(scenario, "list_get_negative") == 0) {
        mesh_list_get(mesh_list_from_array(three, 3), -1);
    } else if (strcmp(scenario, "list_head") == 0) {
        mesh_list_head(mesh_list_from_array(NULL, 0));
    } else if (strcmp(scenario, "list_tail") == 0) {
        mesh_list_tail(mesh_list_from_array(NULL, 0));
    } else if (strcmp(scenario, "flood") == 0) {
        for (int i = 0; i < 100000; i++) mesh_println(W(line));
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
    PROGRAM.get_or_init(|| c_program::build("program", PROGRAM_SOURCE, "-O0"))
}

fn run(scenario: &str) -> Output {
    Command::new(program())
        .arg(scenario)
        .output()
        .expect("run test program")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn output_is_written_and_flushed_at_exit() {
    let output = run("hello");
    assert_eq!(
        stdout(&output),
        "Hello, world!\nab\nx = 42\n2\nno newline at end"
    );
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn compiler_panic_crashes_main_with_status_101() {
    let output = run("panic");
    assert_eq!(stdout(&output), "before\npartial");
    assert_eq!(
        stderr(&output),
        "[mesh-rt] process 1 crashed: Mesh panic at main.mpl:7: division by zero\n"
    );
    assert_eq!(output.status.code(), Some(101));
}

#[test]
fn list_get_out_of_range_is_a_runtime_panic() {
    let output = run("list_get");
    assert_eq!(
        stderr(&output),
        "[mesh-rt] process 1 crashed: List.get: index 5 out of bounds (len 3)\n"
    );
    assert_eq!(output.status.code(), Some(101));
    let output = run("list_get_negative");
    assert_eq!(
        stderr(&output),
        "[mesh-rt] process 1 crashed: List.get: index -1 out of bounds (len 3)\n"
    );
    assert_eq!(output.status.code(), Some(101));
}

#[test]
fn head_and_tail_of_empty_list_are_runtime_panics() {
    let output = run("list_head");
    assert_eq!(
        stderr(&output),
        "[mesh-rt] process 1 crashed: List.head: empty list\n"
    );
    assert_eq!(output.status.code(), Some(101));
    let output = run("list_tail");
    assert_eq!(
        stderr(&output),
        "[mesh-rt] process 1 crashed: List.tail: empty list\n"
    );
    assert_eq!(output.status.code(), Some(101));
}

#[test]
fn writing_to_a_closed_pipe_does_not_crash() {
    let mut child = Command::new(program())
        .arg("flood")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run test program");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait for test program");
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
}
