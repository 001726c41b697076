//! Behaviour that ends the process or needs a fresh one, checked by
//! running this test executable again as a child with `MESH_RT_SCENARIO`
//! set: the runtime panics of this round's stdlib functions (`Module.fn:
//! message` on stderr, status 101), `Env.args` under `mesh_rt_main`, and
//! `IO.read_line`/`IO.eprintln` on real descriptors.

mod common;

use std::ffi::{c_char, CString};
use std::io::Write;
use std::process::{Command, Stdio};

use common::*;
use mesh_rt::typeinfo::{self, mesh_typeinfo_int, mesh_typeinfo_string, mesh_typeinfo_unit};

const SCENARIO: &str = "MESH_RT_SCENARIO";

/// Runs one scenario in this process; only active in a child.
#[test]
fn child_scenario() {
    let Ok(name) = std::env::var(SCENARIO) else {
        return;
    };
    let int = typeinfo::word(&mesh_typeinfo_int);
    let string = typeinfo::word(&mesh_typeinfo_string);
    unsafe {
        match name.as_str() {
            "map_get_missing_list" => {
                let map = mesh_rt::map::mesh_map_new(string, typeinfo::word(&mesh_typeinfo_unit));
                mesh_rt::map::mesh_map_get(map, s("absent"));
            }
            "list_nth" => {
                mesh_rt::list::mesh_list_nth(list_of(&[1]), 1);
            }
            "list_last" => {
                mesh_rt::list::mesh_list_last(list_of(&[]));
            }
            "queue_pop" => {
                mesh_rt::queue::mesh_queue_pop(mesh_rt::queue::mesh_queue_new(int));
            }
            "queue_peek" => {
                mesh_rt::queue::mesh_queue_peek(mesh_rt::queue::mesh_queue_new(int));
            }
            "tuple_nth" => {
                mesh_rt::tuple::mesh_tuple_nth(mesh_rt::tuple::pair(1, 2), 2);
            }
            "math_abs_string" => {
                mesh_rt::math::mesh_math_abs(s("x"), string);
            }
            "push_beyond_capacity" => {
                let list = mesh_rt::list::mesh_list_alloc(1);
                mesh_rt::list::mesh_list_push(list, 1);
                mesh_rt::list::mesh_list_push(list, 2);
            }
            "json_encode_struct" => {
                static USER: mesh_rt::typeinfo::TypeInfo = mesh_rt::typeinfo::TypeInfo {
                    is_pointer: 1,
                    eq: same_word,
                    cmp: None,
                    hash: None,
                    to_string: None,
                    name: c"Main.User".as_ptr().cast(),
                    copy: mesh_rt::typeinfo::copy_word,
                };
                mesh_rt::json_encode::mesh_json_encode(list_of(&[]), typeinfo::word(&USER));
            }
            "iter_from_string" => {
                mesh_rt::iter::mesh_iter_from(s("text"));
            }
            "env_args" => {
                let args: Vec<CString> =
                    ["prog", "one", "twö"].iter().map(|a| CString::new(*a).unwrap()).collect();
                let argv: Vec<*const c_char> =
                    args.iter().map(|a| a.as_ptr()).chain([std::ptr::null()]).collect();
                std::process::exit(mesh_rt::entry::mesh_rt_main(3, argv.as_ptr(), print_args));
            }
            "io" => {
                mesh_rt::io::mesh_io_eprintln(s("to stderr"));
                for _ in 0..3 {
                    let line = mesh_rt::io::mesh_io_read_line();
                    let (tag, text) = mesh_rt::sum::tag_and_payload(line);
                    mesh_rt::output::mesh_println(s(&format!("{tag}:[{}]", common::text(text))));
                }
                mesh_rt::output::flush_stdout();
            }
            other => panic!("unknown scenario {other}"),
        }
    }
    std::process::exit(0);
}

extern "C" fn same_word(a: i64, b: i64) -> i64 {
    i64::from(a == b)
}

extern "C" fn print_args() -> i64 {
    let args = mesh_rt::env::mesh_env_args();
    let joined = unsafe { mesh_rt::string_ops::mesh_string_join(args, s("|")) };
    unsafe { mesh_rt::output::mesh_println(joined) };
    0
}

struct Outcome {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(scenario: &str, stdin: &str) -> Outcome {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_scenario", "--nocapture", "--test-threads=1"])
        .env(SCENARIO, scenario)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    Outcome {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn assert_crash(scenario: &str, message: &str) {
    let outcome = run(scenario, "");
    assert_eq!(outcome.status, 101, "{scenario}: {}", outcome.stderr);
    let expected = format!("[mesh-rt] process 1 crashed: {message}\n");
    assert!(outcome.stderr.contains(&expected), "{scenario}: stderr was {:?}", outcome.stderr);
}

#[test]
fn runtime_panics_name_the_function() {
    assert_crash("map_get_missing_list", "Map.get: key not found");
    assert_crash("list_last", "List.last: empty list");
    assert_crash("list_nth", "List.nth: index 1 out of bounds (len 1)");
    assert_crash("queue_pop", "Queue.pop: empty queue");
    assert_crash("queue_peek", "Queue.peek: empty queue");
    assert_crash("tuple_nth", "Tuple.nth: index 2 out of bounds (size 2)");
    assert_crash("math_abs_string", "Math.abs: expected an Int or a Float, got String");
    assert_crash("push_beyond_capacity", "List.push: no room for element 1");
    assert_crash("iter_from_string", "Iter.from: String is not iterable");
    assert_crash("json_encode_struct", "Json.encode: values of type Main.User are not encodable");
}

#[test]
fn env_args_are_the_command_line() {
    let outcome = run("env_args", "");
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    assert!(outcome.stdout.ends_with("prog|one|twö\n"), "{:?}", outcome.stdout);
}

#[test]
fn read_line_and_eprintln() {
    let outcome = run("io", "first\r\nsecond");
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    assert!(outcome.stderr.contains("to stderr\n"));
    assert!(outcome.stdout.contains("0:[first]\n0:[second]\n0:[]\n"), "{:?}", outcome.stdout);
}
