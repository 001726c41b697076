//! End to end from Mesh source: parse + check (with the embedded stdlib),
//! lower, compile, link with the runtime, run; stdout, stderr and exit
//! status are compared.

#[path = "../../mesh-mir/tests/common/mod.rs"]
mod common;
mod support;

use common::source::checked;
use mesh_codegen::{build_executable, Options};
use std::process::{Command, Output};
use support::runtime_lib;

/// Compiles the project at `opt_level` and runs it.
fn run(user: &[(&str, &str, &str)], opt_level: u8) -> Output {
    let program = checked(user);
    let mir = mesh_mir::lower(&program);
    assert!(mir.diagnostics.is_empty(), "{:#?}", mir.diagnostics);
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("program");
    build_executable(
        &mir,
        &Options {
            opt_level,
            target: None,
        },
        &exe,
        None,
        runtime_lib(),
    )
    .unwrap_or_else(|e| panic!("build failed: {e}"));
    Command::new(&exe).output().expect("run the executable")
}

/// A one-file project must print `expected` and exit with 0, at -O0 and -O2.
fn assert_prints(source: &str, expected: &str) {
    assert_project_prints(&[("main.mpl", "Main", source)], expected);
}

fn assert_project_prints(user: &[(&str, &str, &str)], expected: &str) {
    for opt_level in [0, 2] {
        let output = run(user, opt_level);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            expected,
            "-O{opt_level}, stderr: {stderr}"
        );
        assert_eq!(
            output.status.code(),
            Some(0),
            "-O{opt_level}, stderr: {stderr}"
        );
    }
}

#[test]
fn functions_arithmetic_and_tail_loops() {
    assert_prints(
        r#"
fn fib(n :: Int) -> Int do
  if n < 2 do n else fib(n - 1) + fib(n - 2) end
end

fn sum_to(n, acc) do
  if n == 0 do acc else sum_to(n - 1, acc + n) end
end

fn main() do
  println("fib(20) = ${fib(20)}")
  println("sum = ${sum_to(10000000, 0)}")
  println("${-7 / 2} ${-7 % 2} ${7 / -2} ${9223372036854775807 + 1}")
  let x = 3.5
  println("x * 2 = ${x * 2.0}, x % 2 = ${x % 2.0}")
end
"#,
        "fib(20) = 6765\nsum = 50000005000000\n-3 -1 -3 -9223372036854775808\nx * 2 = 7, x % 2 = 1.5\n",
    );
}

#[test]
fn case_option_result_and_tuples() {
    assert_prints(
        r#"
fn safe_div(a :: Int, b :: Int) -> Result<Int, String> do
  if b == 0 do
    return Err("division by zero")
  end
  Ok(a / b)
end

fn show(r) do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "error: ${e}"
  end
end

fn first_positive(a, b) do
  case (a > 0, b > 0) do
    (true, _) -> Some(a)
    (_, true) -> Some(b)
    _ -> None
  end
end

fn describe(n) do
  case n do
    0 -> "zero"
    1 -> "one"
    m when m < 0 -> "negative"
    _ -> "many"
  end
end

fn main() do
  println(show(safe_div(10, 3)))
  println(show(safe_div(1, 0)))
  println("${first_positive(-1, 5)} ${first_positive(-1, -2)}")
  let (q, r) = (17 / 5, 17 % 5)
  println("${q} ${r}")
  println(describe(0) <> " " <> describe(1) <> " " <> describe(-3) <> " " <> describe(5))
end
"#,
        "ok 3\nerror: division by zero\nSome(5) None\n3 2\nzero one negative many\n",
    );
}

#[test]
fn short_circuit_operators_in_nested_ifs() {
    assert_prints(
        r#"
fn check(a, b, c) do
  if a do
    if b && c do "abc" else if b || c do "a+" else "a" end
  else
    "none"
  end
end

fn noisy(x) do
  println("evaluated")
  x
end

fn main() do
  println(check(true, true, true) <> " " <> check(true, false, true) <> " " <> check(true, false, false) <> " " <> check(false, true, true))
  println("${false && noisy(true)} ${true || noisy(false)} ${not false}")
end
"#,
        "abc a+ a none\nfalse true true\n",
    );
}

#[test]
fn modules_imports_and_private_names() {
    assert_project_prints(
        &[
            (
                "main.mpl",
                "Main",
                r#"
import Util
from Util import twice

fn helper() do
  "main helper"
end

fn main() do
  println(Util.greet("mesh"))
  println(helper())
  println("${twice(1)} ${twice("a")}")
end
"#,
            ),
            (
                "util.mpl",
                "Util",
                r#"
fn helper() do
  "util helper"
end

pub fn greet(name) do
  "hello, " <> name <> " from " <> helper()
end

pub fn twice(x) do
  (x, x)
end
"#,
            ),
        ],
        "hello, mesh from util helper\nmain helper\n(1, 1) (a, a)\n",
    );
}

#[test]
fn strings_lists_and_stdlib_calls() {
    assert_prints(
        r#"
fn main() do
  let xs = [1, 2, 3]
  println("${xs} ${List.length(xs)} ${List.get(xs, 1)}")
  println("${"abc" < "abd"} ${"x" == "x"} ${"a" != "a"}")
  println("${[1, 2] ++ [3]} ${String.length("héllo")}")
  println(String.from(42) |> String.trim())
end
"#,
        "[1, 2, 3] 3 2\ntrue true false\n[1, 2, 3] 5\n42\n",
    );
}

#[test]
fn division_by_zero_reports_file_and_line() {
    let source = "fn divide(a, b) do\n  a / b\nend\n\nfn main() do\n  println(\"before\")\n  println(\"${divide(1, 0)}\")\nend\n";
    for opt_level in [0, 2] {
        let output = run(&[("main.mpl", "Main", source)], opt_level);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(101), "-O{opt_level}: {stderr}");
        assert_eq!(String::from_utf8_lossy(&output.stdout), "before\n");
        assert!(
            stderr.contains("Mesh panic at main.mpl:2: division by zero"),
            "-O{opt_level}: {stderr}"
        );
    }
}

#[test]
fn user_sum_types_display_equality_and_ordering() {
    assert_prints(
        r#"
type Shape do
  Circle(Float)
  Rect(Float, Float)
  Empty
end deriving(Eq, Ord, Display)

type Tree<T> do
  Leaf
  Node(Tree<T>, T, Tree<T>)
end deriving(Display)

fn area(s) do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
    Empty -> 0.0
  end
end

fn size(t) do
  case t do
    Leaf -> 0
    Node(l, _, r) -> size(l) + 1 + size(r)
  end
end

fn main() do
  println("${area(Circle(1.0))} ${area(Rect(2.0, 3.5))} ${area(Empty)}")
  println("${Rect(1.0, 2.0) == Rect(1.0, 2.0)} ${Circle(9.0) < Rect(0.0, 0.0)} ${Empty > Circle(1.0)}")
  println("${Rect(1.5, 2.0)} ${Empty}")
  let t = Node(Node(Leaf, "a", Leaf), "b", Leaf)
  println("${size(t)} ${t}")
end
"#,
        "3 7 0\ntrue true true\nRect(1.5, 2) Empty\n2 Node(Node(Leaf, a, Leaf), b, Leaf)\n",
    );
}

#[test]
fn failed_clause_match_panics() {
    let source = "fn only_zero(0) = 0\n\nfn main() do\n  println(\"${only_zero(0)}\")\n  println(\"${only_zero(42)}\")\nend\n";
    let output = run(&[("main.mpl", "Main", source)], 0);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(101), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "0\n");
    assert!(
        stderr.contains("Mesh panic at main.mpl:1: non-exhaustive match"),
        "{stderr}"
    );
}

#[test]
fn values_survive_garbage_collection() {
    let source = r#"
type Tree do
  Leaf
  Node(Tree, Int, Tree)
end

fn build(depth) do
  if depth == 0 do Leaf else Node(build(depth - 1), depth, build(depth - 1)) end
end

fn sum(t) do
  case t do
    Leaf -> 0
    Node(l, v, r) -> sum(l) + v + sum(r)
  end
end

fn churn(i, keep, acc) do
  if i == 0 do acc + sum(keep) else churn(i - 1, keep, acc + String.length("garbage ${i} ${[i, i + 1]}")) end
end

fn grow(i, xs) do
  if i == 0 do xs else grow(i - 1, List.append(xs, "item ${i}")) end
end

fn main() do
  let t = build(12)
  println("${sum(t)}")
  println("${churn(200000, t, 0)}")
  let xs = grow(3000, [])
  println("${List.length(xs)} ${List.get(xs, 0)} ${List.get(xs, 2999)}")
  println("${sum(t)}")
end
"#;
    assert_prints(source, "8178\n5874868\n3000 item 3000 item 1\n8178\n");
}

#[test]
fn nested_patterns_early_returns_and_let_destructuring() {
    let source = r#"
fn classify(r :: Result<Option<Int>, String>) -> String do
  case r do
    Ok(Some(0)) -> "zero"
    Ok(Some(n)) when n < 0 -> "negative ${n}"
    Ok(Some(n)) -> "positive ${n}"
    Ok(None) -> "nothing"
    Err("fatal") -> "fatal!"
    Err(e) -> "error ${e}"
  end
end

fn first_big(a, b, c) do
  let limit = 10
  if a > limit do
    return "a"
  end
  let picked = case b > limit do
    true -> return "b"
    false -> "none"
  end
  if c > limit do "c" else picked end
end

fn temperature(x :: Float) -> String do
  case x do
    0.0 -> "freezing"
    100.0 -> "boiling"
    _ -> "${x}"
  end
end

fn main() do
  println(classify(Ok(Some(0))) <> ", " <> classify(Ok(Some(-3))) <> ", " <> classify(Ok(Some(8))))
  println(classify(Ok(None)) <> ", " <> classify(Err("fatal")) <> ", " <> classify(Err("io")))
  println(first_big(11, 0, 0) <> first_big(0, 11, 0) <> first_big(0, 0, 11) <> " " <> first_big(0, 0, 0))
  let (a, (b, c)) = (1, ("two", 3.5))
  println("${a} ${b} ${c}")
  println(temperature(0.0) <> " " <> temperature(100.0) <> " " <> temperature(36.6))
  println("${(1, Some("x")) == (1, Some("x"))} ${Ok(1) == Err(1)} ${Some(Some(2)) > Some(None)} ${() == ()}")
  println("${Err("bad")} ${(Ok(2), None)} ${[Some(1.5), None]}")
end
"#;
    assert_prints(
        source,
        "zero, negative -3, positive 8\n\
         nothing, fatal!, error io\n\
         abc none\n\
         1 two 3.5\n\
         freezing boiling 36.6\n\
         true false false true\n\
         Err(bad) (Ok(2), None) [Some(1.5), None]\n",
    );
}
