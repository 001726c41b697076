//! The main process's heap in a whole program: a C `main` shaped like the
//! compiler's calls `mesh_rt_main` with an entry function that loops
//! calling runtime functions (as compiled code would), allocating gigabytes
//! in total while keeping a few values alive in its locals. Checks that
//! collections run from that path, that the kept values stay intact, and
//! that the peak resident memory (VmHWM) stays small.

mod c_program;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const PROGRAM_SOURCE: &str = r#"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int64_t word;

extern const char mesh_desc_string;
extern int mesh_rt_main(int argc, char **argv, word (*entry)(void));
extern word mesh_string_concat(word a, word b);
extern word mesh_int_to_string(word n);
extern word mesh_list_from_array(const word *words, word len);
extern word mesh_list_get(word list, word index);
extern word mesh_list_length(word list);
extern word mesh_string_split(word s, word sep);

struct literal { const void *desc; uint64_t meta; uint64_t len; char bytes[128]; } __attribute__((aligned(16)));
#define LIT(name, text) static const struct literal name = { &mesh_desc_string, 1, sizeof(text) - 1, text }
#define W(name) ((word)&name)

#define WINDOW 8
#define BIG_LIST 2000

static long iterations;

static uint64_t text_len(word s) { return *(uint64_t *)(s + 16); }
static const char *text_bytes(word s) { return (const char *)(s + 24); }

static int text_is(word s, const char *expected) {
    return text_len(s) == strlen(expected) && memcmp(text_bytes(s), expected, text_len(s)) == 0;
}

static void fail(const char *what, long at) {
    printf("corrupt: %s at %ld\n", what, at);
    exit(1);
}

static word mesh_main(void) {
    LIT(piece, "a piece of text that is about one hundred bytes long, repeated in every iteration of the loop:");
    LIT(comma, ",");
    LIT(csv, "alpha,beta,gamma,delta");
    char expected[256];

    word kept = mesh_string_concat(W(piece), mesh_int_to_string(123456789));
    word parts[4] = { mesh_int_to_string(1), mesh_int_to_string(22), mesh_int_to_string(333), kept };
    word kept_list = mesh_list_from_array(parts, 4);
    word kept_split = mesh_string_split(W(csv), W(comma));
    word window[WINDOW] = {0};
    word big[BIG_LIST];
    for (int i = 0; i < BIG_LIST; i++) big[i] = kept;

    for (long i = 0; i < iterations; i++) {
        word number = mesh_int_to_string(i);
        word line = mesh_string_concat(W(piece), number);
        word doubled = mesh_string_concat(line, line);
        word items[16];
        for (int k = 0; k < 16; k++) items[k] = k % 2 ? number : line;
        word list = mesh_list_from_array(items, 16);
        if (mesh_list_get(list, 1) != number) fail("fresh list", i);
        window[i % WINDOW] = doubled;
        if (i % 64 == 0) {
            word large = mesh_list_from_array(big, BIG_LIST);
            if (mesh_list_get(large, BIG_LIST - 1) != kept) fail("large list", i);
        }
        if (i % 100000 == 0) {
            snprintf(expected, sizeof expected, "%s%ld", piece.bytes, 123456789L);
            if (!text_is(kept, expected)) fail("kept string", i);
        }
    }

    snprintf(expected, sizeof expected, "%s%ld", piece.bytes, 123456789L);
    if (!text_is(kept, expected)) fail("kept string", iterations);
    if (mesh_list_length(kept_list) != 4) fail("kept list length", iterations);
    if (!text_is(mesh_list_get(kept_list, 0), "1") || !text_is(mesh_list_get(kept_list, 1), "22")
        || !text_is(mesh_list_get(kept_list, 2), "333") || mesh_list_get(kept_list, 3) != kept)
        fail("kept list", iterations);
    const char *words[4] = {"alpha", "beta", "gamma", "delta"};
    for (int k = 0; k < 4; k++)
        if (!text_is(mesh_list_get(kept_split, k), words[k])) fail("split list", iterations);
    for (long i = iterations - WINDOW; i < iterations; i++) {
        snprintf(expected, sizeof expected, "%s%ld%s%ld", piece.bytes, i, piece.bytes, i);
        if (!text_is(window[i % WINDOW], expected)) fail("window", i);
    }
    printf("ok\n");

    FILE *status = fopen("/proc/self/status", "r");
    char row[256];
    while (status && fgets(row, sizeof row, status))
        if (strncmp(row, "VmHWM:", 6) == 0) fputs(row, stdout);
    if (status) fclose(status);
    return 0;
}

int main(int argc, char **argv) {
    iterations = argc > 1 ? atol(argv[1]) : 0;
    return mesh_rt_main(argc, argv, mesh_main);
}
"#;

/// Compiles the test program once per test run, optimised like compiled
/// Mesh code (values in callee-saved registers across calls).
fn program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| c_program::build("gc-program", PROGRAM_SOURCE, "-O2"))
}

fn run(iterations: u64) -> Output {
    Command::new(program())
        .arg(iterations.to_string())
        .env("MESH_GC_STATS", "1")
        .output()
        .expect("run test program")
}

/// The number before `label` in `text` (`"12 collections"` -> 12).
fn number_before(text: &str, label: &str) -> u64 {
    let end = text
        .find(label)
        .unwrap_or_else(|| panic!("no {label:?} in {text:?}"));
    let digits: String = text[..end]
        .trim_end()
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    digits
        .chars()
        .rev()
        .collect::<String>()
        .parse()
        .expect("a number")
}

#[test]
fn allocating_gigabytes_runs_in_little_memory() {
    // About 810 bytes per iteration: 3.2 GB in total.
    let output = run(4_000_000);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stdout: {stdout}\nstderr: {stderr}"
    );
    assert!(stdout.starts_with("ok\n"), "{stdout}");

    let peak_kb = number_before(&stdout, "kB");
    assert!(peak_kb < 100 * 1024, "peak RSS {peak_kb} kB");

    assert!(stderr.starts_with("[mesh-rt] gc: "), "{stderr}");
    let collections = number_before(&stderr, " collections");
    let allocated = number_before(&stderr, " bytes allocated");
    let live = number_before(&stderr, " bytes live after the last collection");
    assert!(allocated >= 3_000_000_000, "{stderr}");
    assert!(collections >= 300, "{stderr}");
    assert!(live < 1 << 20, "{stderr}");
}

#[test]
fn stats_are_printed_only_when_asked_for() {
    let output = Command::new(program())
        .arg("10")
        .output()
        .expect("run test program");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok\n"));
}
