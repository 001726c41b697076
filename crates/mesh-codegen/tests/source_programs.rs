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

#[test]
fn structs_from_source() {
    assert_prints(
        r#"
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Ord, Display, Debug)

struct Slot<T> do
  item :: T
  label :: String
end

fn main() do
  let p = Point { y: 2, x: 1 }
  let q = %{p | y: 5}
  println("${p} ${q.y} ${p == q} ${p < q}")
  println(inspect(q))
  let s = Slot { item: "hi", label: "b" }
  println("${s} ${inspect(s)} ${inspect("hi")}")
end
"#,
        "Point(1, 2) 5 false true\nPoint { x: 1, y: 5 }\nSlot { item: hi, label: b } Slot { item: hi, label: b } \"hi\"\n",
    );
}

#[test]
fn closures_from_source() {
    assert_prints(
        r#"
fn apply(f :: Fun(Int) -> Int, x :: Int) -> Int do
  f(x)
end

fn double(x :: Int) -> Int do
  x * 2
end

fn main() do
  let k = 10
  let add_k = fn x -> x + k end
  println("${apply(add_k, 5)} ${apply(double, 4)}")
  let classify = fn 0 -> "zero" | n when n < 0 -> "neg" | _ -> "pos" end
  println("${classify(0)} ${classify(-3)} ${classify(8)}")
end
"#,
        "15 8\nzero neg pos\n",
    );
}

#[test]
fn loops_from_source() {
    assert_prints(
        r#"
fn main() do
  let squares = for n in 1..6 when n % 2 == 1 do
    n * n
  end
  let r = for i in 0..10 do
    if i == 3 do
      continue
    end
    if i == 6 do
      break
    end
    i
  end
  while true do
    break
  end
  println("${squares} ${r}")
end
"#,
        "[1, 9, 25] [0, 1, 2, 4, 5]\n",
    );
}

#[test]
fn list_or_and_as_patterns_from_source() {
    assert_prints(
        r#"
fn describe(xs :: List<Int>) -> String do
  case xs do
    (1 | 2) :: _ as all -> "small first of ${all}"
    h :: t when h > 100 -> "big ${h} then ${t}"
    h :: _ :: _ -> "two or more from ${h}"
    _ -> "other"
  end
end

fn main() do
  println(describe([]))
  println(describe([7]))
  println(describe([2, 9]))
  println(describe([200, 1]))
  println(describe([5, 5]))
end
"#,
        "other\nother\nsmall first of [2, 9]\nbig 200 then [1]\ntwo or more from 5\n",
    );
}

#[test]
fn stdlib_collections_with_closures_and_struct_keys() {
    assert_prints(
        r#"
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Ord, Display, Debug, Hash)

fn main() do
  let xs = [3, 1, 2]
  let offset = 10
  println("${List.map(xs, fn x -> x + offset end)} ${List.filter(xs, fn x -> x > 1 end)}")
  println("${List.reduce(xs, 0, fn acc, x -> acc + x end)}")
  println("${List.sort(xs, fn a, b -> b - a end)}")
  println("${List.contains([Point { x: 1, y: 2 }], Point { x: 1, y: 2 })}")
  let m = Map.new() |> Map.put(Point { x: 1, y: 2 }, "a") |> Map.put(Point { x: 3, y: 4 }, "b") |> Map.put(Point { x: 1, y: 2 }, "c")
  println("${m} ${Map.size(m)}")
  let entries = for {k, v} in m do
    "${k.x}${v}"
  end
  println("${entries}")
  let s = Set.new() |> Set.add("a") |> Set.add("b") |> Set.add("a")
  println("${s} ${for e in s do e end}")
  println("${Range.new(1, 4)}")
end
"#,
        "[13, 11, 12] [3, 2]\n6\n[3, 2, 1]\ntrue\n%{Point(1, 2) => c, Point(3, 4) => b} 2\n[1c, 3b]\n#{a, b} [a, b]\n1..4\n",
    );
}

#[test]
fn closures_and_structs_survive_garbage_collection() {
    assert_prints(
        r#"
struct Acc do
  name :: String
  items :: List<String>
end

fn build(n :: Int, acc :: Acc) -> Acc do
  if n == 0 do
    acc
  else
    let f = fn s -> "${acc.name}-${s}" end
    build(n - 1, %{acc | items: [f("${n}")]})
  end
end

fn main() do
  let r = build(300000, Acc { name: "x", items: [] })
  println("${r.items}")
  let fs = for i in 0..60000 do
    fn -> "v${i}" end
  end
  let strs = for f in fs when true do
    f()
  end
  println("${List.get(strs, 0)} ${List.get(strs, 59999)} ${List.length(strs)}")
  let pairs = for {k, v} in Map.new() |> Map.put("a", [1, 2]) |> Map.put("b", [3]) do
    "${k}=${v}"
  end
  println("${pairs}")
end
"#,
        "[x-1]\nv0 v59999 60000\n[a=[1, 2], b=[3]]\n",
    );
}

#[test]
fn equality_of_maps_sets_and_ranges() {
    assert_prints(
        r#"
fn main() do
  let a = Map.new() |> Map.put("x", [1]) |> Map.put("y", [2])
  let b = Map.new() |> Map.put("y", [2]) |> Map.put("x", [1])
  let c = Map.put(b, "y", [3])
  println("${a == b} ${a == c} ${a != c}")
  let s = Set.new() |> Set.add(1) |> Set.add(2)
  let t = Set.new() |> Set.add(2) |> Set.add(1)
  println("${s == t} ${s == Set.add(t, 3)}")
  println("${Range.new(1, 3) == Range.new(1, 3)} ${Range.new(1, 3) == Range.new(1, 4)}")
  println("${[a] == [b]} ${Some(s) == Some(t)}")
end
"#,
        "true false true\ntrue false\ntrue false\ntrue true\n",
    );
}

#[test]
fn lambdas_recurse_through_the_enclosing_function_and_return_from_themselves() {
    assert_prints(
        r#"
fn countdown(n :: Int) -> List<Int> do
  if n == 0 do
    []
  else
    let rest = fn -> countdown(n - 1) end
    [n] ++ rest()
  end
end

fn main() do
  println("${countdown(4)}")
  let pick = fn x do
    if x > 2 do
      return "big"
    end
    "small"
  end
  println("${pick(1)} ${pick(5)}")
  let found = for x in [1, 5, 9, 12] do
    let inner = for y in [1, 2, 3] do
      if y == 2 do
        break
      end
      y * x
    end
    if x == 9 do
      break
    end
    inner
  end
  println("${found}")
end
"#,
        "[4, 3, 2, 1]\nsmall big\n[[1], [5]]\n",
    );
}

#[test]
fn generic_runtime_functions_get_type_infos_of_compound_types() {
    assert_prints(
        r#"
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Ord, Display, Debug, Hash)

fn main() do
  println("${compare(Point { x: 1, y: 2 }, Point { x: 1, y: 3 })} ${compare((2, "b"), (2, "a"))}")
  println("${Math.max(2.5, 1.5)} ${Math.min(Some(3), None)}")
  let s = Set.from_list([(1, [2]), (1, [2]), (3, [])])
  println("${Set.size(s)} ${s}")
  let m = Map.from_list([(Point { x: 0, y: 0 }, "origin"), (Point { x: 1, y: 1 }, "diag")])
  println("${Map.get(m, Point { x: 1, y: 1 })} ${Map.has_key(m, Point { x: 2, y: 2 })}")
end
"#,
        "Less Greater\n2.5 Some(3)\n2 #{(1, [2]), (3, [])}\ndiag false\n",
    );
}

#[test]
fn or_pattern_bindings_reach_guards_and_bodies() {
    assert_prints(
        r#"
fn side(p :: (Int, Int)) -> String do
  case p do
    (x, 0) | (0, x) when x > 5 -> "far axis ${x}"
    (x, 0) | (0, x) -> "axis ${x}"
    (a, b) as whole when a == b -> "diagonal ${whole}"
    _ -> "elsewhere"
  end
end

fn main() do
  println("${side((9, 0))} ${side((0, 2))} ${side((3, 3))} ${side((1, 2))}")
end
"#,
        "far axis 9 axis 2 diagonal (3, 3) elsewhere\n",
    );
}

#[test]
fn for_statements_run_for_their_effects() {
    assert_prints(
        r#"
fn main() do
  for i in 0..3 when i != 1 do
    println("${i}")
  end
  for {k, v} in %{"a" => 1} do
    println("${k}${v}")
  end
  println("done")
end
"#,
        "0\n2\na1\ndone\n",
    );
}
