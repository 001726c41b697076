//! Parser tests: AST snapshots (rendered by `parser/render.rs`) for every
//! declaration, expression, pattern and type form, the precedence and
//! newline rules of language.md §1.9 and §4.1; exact diagnostics for the
//! error cases; and a sweep of truncated and damaged programs that checks
//! the parser never panics.

#[path = "parser/render.rs"]
mod render;

use mesh_syntax::ast::{FnBody, Item, SourceFileAst};
use mesh_syntax::{codes, lex, parse_file, Diagnostic, FileId, Token};

const FILE: FileId = FileId(3);

fn parse(source: &str) -> (SourceFileAst, Vec<Diagnostic>) {
    parse_file(FILE, source)
}

/// Parses a program that must be free of errors and renders its tree.
fn tree(source: &str) -> String {
    let (ast, diagnostics) = parse(source);
    assert!(
        diagnostics.is_empty(),
        "unexpected diagnostics for {source:?}:\n{diagnostics:#?}"
    );
    render::file(&ast)
}

/// The statements of `fn main`'s body, rendered; spans count from the
/// start of the wrapper `fn main() do\n` (13 bytes before `source`).
fn statements(source: &str) -> String {
    let wrapped = format!("fn main() do\n{source}\nend\n");
    let (ast, diagnostics) = parse(&wrapped);
    assert!(
        diagnostics.is_empty(),
        "unexpected diagnostics for {source:?}:\n{diagnostics:#?}"
    );
    let Some(Item::Fn(main)) = ast.items.first() else {
        panic!("no main")
    };
    let FnBody::Block(body) = &main.body else {
        panic!("main has no block")
    };
    body.stmts
        .iter()
        .map(render::stmt)
        .collect::<Vec<_>>()
        .join("\n")
}

/// One expression statement inside `fn main`, rendered.
fn expr(source: &str) -> String {
    statements(source)
}

/// Every diagnostic: (code, message, start..end).
fn errors(source: &str) -> Vec<(&'static str, String, std::ops::Range<usize>)> {
    let (_, diagnostics) = parse(source);
    for d in &diagnostics {
        assert_eq!(d.primary.span.file, FILE);
        assert!(d.primary.span.end as usize <= source.len());
    }
    diagnostics
        .iter()
        .map(|d| (d.code, d.message.clone(), d.primary.span.range()))
        .collect()
}

fn messages(source: &str) -> Vec<String> {
    errors(source)
        .into_iter()
        .map(|(_, message, _)| message)
        .collect()
}

// ---------------------------------------------------------------- declarations

#[test]
fn imports() {
    insta::assert_snapshot!(
        "imports",
        tree(
            "import Storage.Queries\nimport String\nfrom Types.Event import EventPayload, Severity\n\
             from A.B import (x, y,)\nfrom A import { p, q }\nfrom A import (\n  one,\n  two\n)\n"
        )
    );
}

#[test]
fn functions() {
    insta::assert_snapshot!(
        "functions",
        tree(
            r#"pub fn clamp(v :: Int, lo :: Int, hi :: Int) -> Int do
  v
end
fn half(x) = x / 2
def label(code :: Int) -> String = "code-" <> String.from(code)
fn main do
end
fn first_or<T>(items :: List<T>, fallback :: T) -> T where T: Display, U: Mod.Show do
  fallback
end
fn describe(0) = "none"
fn describe(n) when n < 0 = "invalid"
fn pick(None, -1, "s", 2.5, true, nil, _) = 0
fn pick(Some(x), (a, b), Mode.Busy(n), Idle) = x
fn area(self, other :: Shape) -> Float = 0.0
fn nested() do
  fn helper(y) = y + 1
  helper(1)
end
"#
        )
    );
}

#[test]
fn extern_functions() {
    insta::assert_snapshot!(
        "extern_functions",
        tree(
            r#"pub extern fn length<T>(xs :: List<T>) -> Int = "mesh_list_length"
extern fn println(s :: String) -> () = "mesh_println"
pub extern fn to_string<T>(x :: T) -> String where T: Display = "@to_string"
"#
        )
    );
}

#[test]
fn structs() {
    insta::assert_snapshot!(
        "structs",
        tree(
            r#"pub struct Device do
  table "devices"
  primary_key :device_id
  id :: String
  site_id :: String, label :: String,
  belongs_to :site, Site
  has_many :readings, Reading
  has_one :owner, User
  timestamps false
end deriving(Schema, Json, Row)

struct Slot<T> do
  item :: T
end
struct Empty do end deriving()
struct Loose do
  note
  table :: String
end
"#
        )
    );
}

#[test]
fn sum_types_and_aliases() {
    insta::assert_snapshot!(
        "sum_types_and_aliases",
        tree(
            r#"pub type Severity do
  Fatal
  Warning
  Notice(String)
  Custom(code :: Int, text :: String)
end deriving(Json)

type Tree<T> do
  Leaf | Node(Tree<T>, T, Tree<T>)
end
type Handler = Fun(Request) -> Response
pub type Pairs<T> = List<(T, T)>
"#
        )
    );
}

#[test]
fn interfaces_and_impls() {
    insta::assert_snapshot!(
        "interfaces_and_impls",
        tree(
            r#"pub interface Priced do
  type Currency
  fn price(self) -> Int
  fn describe(self) -> String do
    "costs " <> String.from(self.price())
  end
  def make(cents :: Int) -> Self
end

impl Priced for Ticket do
  type Currency = String
  fn price(self) -> Int do
    self.cents
  end
end

impl From<Int> for Money do
  fn from(value :: Int) -> Money = Money { cents: value }
end

impl Show for Box where T: Display do
end
"#
        )
    );
}

#[test]
fn actors() {
    insta::assert_snapshot!(
        "actors",
        tree(
            r#"actor poller(target, every_ms :: Int) do
  Timer.sleep(every_ms)
  poller(target, every_ms)
end

pub actor echo do
  receive do
    text -> println(text)
  end
  terminate do
    println("bye")
  end
  echo()
end
"#
        )
    );
}

#[test]
fn services() {
    insta::assert_snapshot!(
        "services",
        tree(
            r#"service Tally do
  fn init(limit :: Int) -> TallyState do
    TallyState { counts: Map.new(), limit: limit }
  end

  call Bump(key :: String) :: Bool do |st|
    (st, true)
  end
  call Peek do |s| (s, s) end
  cast Store(entry) do |state|
    state
  end
  cast Reset() do |_| 0 end
  cast Ping() do
    0
  end
end
pub service Quiet do
  fn init() = 0
end
"#
        )
    );
}

#[test]
fn supervisors() {
    insta::assert_snapshot!(
        "supervisors",
        tree(
            r#"supervisor Plant do
  strategy: one_for_all
  max_restarts: 5
  max_seconds: 10

  child feeder do
    start: fn -> spawn(feeder_loop, 100) end
    restart: transient
    shutdown: 2000
  end
  child killer do
    start: fn -> spawn(worker) end
    shutdown: brutal_kill
  end
end
"#
        )
    );
}

#[test]
fn module_blocks() {
    insta::assert_snapshot!(
        "module_blocks",
        tree("pub module Outer do\n  fn a() = 1\n  struct S do\n    x :: Int\n  end\n  module Inner do\n  end\nend\n")
    );
}

// ---------------------------------------------------------------- expressions

#[test]
fn literals() {
    insta::assert_snapshot!(
        "literals",
        expr(
            "42\n0x1F\n2.5\n1e9\ntrue\nfalse\nnil\n:asc\n\"plain\"\n\"n = ${x + 1}!\"\n\"${a}${b}\"\n\
             \"\"\"triple ${ f(\"x\") }\"\"\"\n-7\n-2.5\n-9223372036854775808\n- 3\nself\nbreak\ncontinue"
        )
    );
}

#[test]
fn collections() {
    insta::assert_snapshot!(
        "collections",
        expr(
            "()\n(x)\n(x,)\n(1, \"a\", (b, c))\n[]\n[1, 2, 3,]\n%{}\n%{\"a\" => 1, \"b\" => 2,}\n\
             %{cfg | retries: 5, verbose: true}\n%{%{\"k\" => 1} | x: 1}\nPoint { x: 1, y: 2 }\nEmpty {}\n\
             Reading {\n  sensor_id: \"s1\"\n  value: 2.0,\n}"
        )
    );
}

#[test]
fn calls_and_members() {
    insta::assert_snapshot!(
        "calls_and_members",
        expr(
            "f()\nf(a, b,)\nconnect(\"db\", port: \"5432\", mode: \"ro\")\nf(name: \"x\")\norder.customer.name\n\
             Node.self()\nQuery.where(q)\nWs.send(c, m)\nx.end\nf(x)?\nload(p)?.field\nxs[0]\nf(x)(y)\n\
             Severity.Fatal\nSome(1)"
        )
    );
}

#[test]
fn if_expressions() {
    insta::assert_snapshot!(
        "if_expressions",
        expr(
            "if ok do 1 else 0 end\nif ready(x) do\n  go()\nend\n\
             if score >= 90 do \"gold\" else if score >= 50 do \"silver\" else \"bronze\" end\n\
             if a do\n  1\nelse if b do\n  2\nend\n\
             if a do\n  1\nelse\n  if b do 2 end\nend\nfoo(if a do\n  1\nelse\n  2\nend)"
        )
    );
}

#[test]
fn case_expressions() {
    insta::assert_snapshot!(
        "case_expressions",
        expr(
            "case lookup(id) do\n  Ok(found) -> \"found \" <> found.name\n  Err(reason) when reason == \"gone\" -> \"deleted\"\n  Err(_) -> \"error\"\nend\n\
             case v do 0 -> \"z\" _ -> \"nz\" end\n\
             match b do true -> 1 false -> 0 end\n\
             case x do\n  1 -> do\n    let y = 2\n    y\n  end\n  _ ->\n    0\nend\n\
             case e do\n  Err(e) -> return Err(e)\n  Ok(v) -> v\nend"
        )
    );
}

#[test]
fn closures() {
    insta::assert_snapshot!(
        "closures",
        statements(
            "let c = fn(row) do Map.get(row, \"id\") end\nlet c = fn(x) -> x * 2 end\nlet c = fn x -> x + 1 end\n\
             let c = fn acc, x -> acc + x end\nlet c = fn x do\n  x\nend\nlet c = fn -> spawn(worker) end\nlet c = fn do 1 end\n\
             let c = fn -> a; b end\nlet c = fn(x :: Int) -> x + 1 end\nlet c = fn x :: Int -> x end\n\
             let c = fn Some(v) -> v | None -> 0 end\nlet c = fn ((a, b)) -> a + b end\nlet c = fn (a, b) -> a end\n\
             let c = fn 0 -> \"zero\" | n when n < 0 -> \"neg\" | _ -> \"pos\" end\nlet c = fn x when x > 0 do x end\n\
             let c = fn 1 -> 1 | n do\n  n\nend end\nList.map(xs, fn x -> x end)\nfn(x) -> x end"
        )
    );
}

#[test]
fn loops_and_returns() {
    insta::assert_snapshot!(
        "loops_and_returns",
        statements(
            "for n in 1..6 when n % 2 == 1 do\n  n * n\nend\nfor {k, v} in m do\n  k\nend\n\
             for (a, b) in pairs do a end\nfor x in List.reverse(xs) do x end\nwhile more(q) do\n  break\nend\n\
             return\nreturn Err(\"zero\")\nlet _ = 1\nlet (a, b) :: (Int, Int) = pair"
        )
    );
}

#[test]
fn concurrency() {
    insta::assert_snapshot!(
        "concurrency",
        expr(
            "spawn(poller, pid, 250)\nspawn(Plant)\nsend(pid, %{\"a\" => 1})\nself()\nlink(pid)\n\
             receive do\n  n when n > 0 -> total + n\n  _ -> total\nafter 1000 -> total end\n\
             receive do\n  Ping -> 1\nafter 50 ->\n  0\n\nend\nreceive do end"
        )
    );
}

// ---------------------------------------------------------------- precedence (§4.1)

#[test]
fn precedence() {
    insta::assert_snapshot!(
        "precedence",
        expr(
            "not done and ready\n-x * y\n-p.price\nf(x)?.field\nitems |> List.length() > 0\n0..n + 1\n\"a\" <> x + 1\n\
             a - b - c\na |> f |> g(1)\na == b and c != d or e\nx < y == true\na && b || !c\n1 + 2 * 3 % 4 / 5\n\
             a ++ b <> c\n-(5)\n- -5\nnot not x\na or b and c"
        )
    );
}

// ---------------------------------------------------------------- newlines (§1.9)

#[test]
fn multi_line_pipelines() {
    insta::assert_snapshot!(
        "multi_line_pipelines",
        statements(
            "let names = rows\n  |> List.filter(fn r -> Map.get(r, \"active\") == \"t\" end)\n\n  # a comment\n  |> List.map(fn r -> Map.get(r, \"name\") end)\n\
             let router = (HTTP.router()\n  |> HTTP.on_get(\"/a\", a)\n  |> HTTP.on_post(\"/b\", b))\nx"
        )
    );
}

#[test]
fn newline_rules() {
    insta::assert_snapshot!(
        "newline_rules",
        statements(
            "let doubled = List.map(xs, fn(x) do\n  let y = x + 1\n  y * 2\nend)\nf\n(x)\nlet s = (a <>\n  b)\n\
             let l = [\n  1,\n  2\n]\nlet m = %{\n  \"k\" => v\n}\na; b\n\n# comment only\n\nc\nlet t = Pair {\n  left: 1\n  right: 2\n}\n\
             let v = case x do\n  1 -> 2\nend\nprintln(\"${\n  x\n}\")"
        )
    );
}

// ---------------------------------------------------------------- patterns and types

#[test]
fn patterns() {
    insta::assert_snapshot!(
        "patterns",
        expr(
            "case v do\n  _ -> 0\n  x -> 1\n  42 -> 2\n  -1 -> 3\n  -2.5 -> 4\n  \"text\" -> 5\n  true -> 6\n  nil -> 7\n\
             None -> 8\n  Some(x) -> 9\n  Mode.Busy(n, _) -> 10\n  Severity.Fatal -> 11\n  (a, b) -> 12\n  () -> 13\n\
             h :: t -> 14\n  a :: b :: rest -> 15\n  1 | 2 | 3 -> 16\n  Some(x) as whole -> 17\n  (x) -> 18\n  (Some(1) | None) :: _ -> 19\nend"
        )
    );
}

#[test]
fn types() {
    insta::assert_snapshot!(
        "types",
        tree(
            "fn f(a :: (), b :: (Int, String), c :: (Int), d :: Fun(Int, String) -> Bool, e :: Fun() -> Int!String,\n\
             g :: Map<String, List<Int>>, h :: Self.Item, i :: Int?, j :: Int!String, k :: A!B!C,\n\
             l :: List<Int>!String, m :: (Int?)!String, n :: Pid, o :: Mod.Type<T,>) -> (ProcessorState, String!String) = 0\n"
        )
    );
}

// ---------------------------------------------------------------- the standard library

#[test]
fn stdlib_files_parse_without_errors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../stdlib");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("stdlib directory") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "mpl") {
            let text = std::fs::read_to_string(&path).unwrap();
            let (ast, diagnostics) = parse(&text);
            assert!(
                diagnostics.is_empty(),
                "{}: {diagnostics:#?}",
                path.display()
            );
            assert!(!ast.items.is_empty(), "{}", path.display());
            count += 1;
        }
    }
    assert!(count >= 3);
}

// ---------------------------------------------------------------- errors

#[test]
fn several_errors_are_all_reported_and_good_items_kept() {
    let source = "fn a() do\n  let x = 1 +\n  let y = 2\n  y\nend\n\nfn b() do\n  foo(1, 2\n  let z = 3\nend\n\n\
                  struct S do\n  x :: \nend\n\nfn c() = 1\n\nfn d() do\n  x = 1\nend\n";
    let found = errors(source);
    assert_eq!(
        found,
        vec![
            (
                codes::PARSE,
                "expected expression, found newline".to_owned(),
                23..24
            ),
            (
                codes::PARSE,
                "expected `,` or `)`, found newline".to_owned(),
                65..66
            ),
            (
                codes::PARSE,
                "expected type, found newline".to_owned(),
                102..103
            ),
            (
                codes::PARSE,
                "expected newline or `;`, found `=`".to_owned(),
                134..135
            ),
        ]
    );
    let (ast, _) = parse(source);
    let names: Vec<String> = ast
        .items
        .iter()
        .map(|item| match item {
            Item::Fn(f) => f.name.text.clone(),
            Item::Struct(s) => s.name.text.clone(),
            other => panic!("unexpected item {other:?}"),
        })
        .collect();
    assert_eq!(names, ["a", "b", "S", "c", "d"]);
    let Item::Fn(a) = &ast.items[0] else {
        unreachable!()
    };
    let FnBody::Block(body) = &a.body else {
        unreachable!()
    };
    assert_eq!(
        body.stmts.len(),
        3,
        "the statements after the broken one are kept"
    );
}

#[test]
fn missing_end_is_labelled_at_the_do() {
    let source = "fn main() do\n  if x do\n    1\n  end\n";
    let (_, diagnostics) = parse(source);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let d = &diagnostics[0];
    assert_eq!(d.code, codes::PARSE);
    assert_eq!(d.message, "expected `end` to close `do` block");
    assert_eq!(d.primary.span.range(), source.len()..source.len());
    assert_eq!(d.primary.message, "found end of file");
    assert_eq!(d.labels.len(), 1);
    assert_eq!(d.labels[0].message, "`do` block started here");
    assert_eq!(d.labels[0].span.range(), 10..12);
}

#[test]
fn missing_end_before_the_next_declaration() {
    let source = "fn a() do\n  1\n\nstruct S do\n  x :: Int\nend\n";
    let (ast, diagnostics) = parse(source);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].message, "expected `end` to close `do` block");
    assert_eq!(diagnostics[0].primary.message, "found `struct`");
    assert_eq!(diagnostics[0].labels[0].span.range(), 7..9);
    assert_eq!(
        ast.items.len(),
        2,
        "the struct after the unclosed function still parses"
    );
}

#[test]
fn missing_end_of_a_closure_and_a_case() {
    assert_eq!(
        messages("fn main() do\n  let f = fn x -> x\n  case y do\n    _ -> 1\n"),
        [
            "expected `end` to close closure",
            "expected `end` to close `do` block",
            "expected `end` to close `do` block",
        ]
    );
}

#[test]
fn atom_hazard_in_struct_literal_and_keyword_argument() {
    let (_, diagnostics) = parse("fn main() do\n  Item { name:value }\n  f(port:p)\nend\n");
    assert_eq!(diagnostics.len(), 2, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].message, "expected `:`, found atom `:value`");
    assert_eq!(diagnostics[0].primary.span.range(), 26..32);
    assert!(diagnostics[0]
        .help
        .as_deref()
        .unwrap()
        .contains("write a space after the colon"));
    assert_eq!(
        diagnostics[1].message,
        "expected `:`, `,` or `)`, found atom `:p`"
    );
    assert!(diagnostics[1].help.is_some());
}

#[test]
fn top_level_statements_are_rejected() {
    let found = errors("let x = 1\nprintln(\"hi\")\nfn main() do\nend\n");
    assert_eq!(
        found,
        vec![
            (
                codes::TOP_LEVEL_STATEMENT,
                "only declarations are allowed at the top level".to_owned(),
                0..9
            ),
            (
                codes::TOP_LEVEL_STATEMENT,
                "only declarations are allowed at the top level".to_owned(),
                10..23
            ),
        ]
    );
    let (ast, _) = parse("let x = 1\nfn main() do\nend\n");
    assert_eq!(ast.items.len(), 1);
}

#[test]
fn deriving_must_follow_end_on_its_line() {
    let found = errors("struct S do\n  x :: Int\nend\nderiving(Json)\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, codes::TOP_LEVEL_STATEMENT);
    assert_eq!(found[0].2, 27..41);
}

#[test]
fn glob_imports_are_rejected() {
    let message = "glob imports are not allowed; import names explicitly";
    assert_eq!(
        errors("from M import *\n"),
        vec![(codes::PARSE, message.to_owned(), 14..15)]
    );
    assert_eq!(
        errors("import *\n"),
        vec![(codes::PARSE, message.to_owned(), 7..8)]
    );
    assert_eq!(
        errors("import A.B.*\n"),
        vec![(codes::PARSE, message.to_owned(), 11..12)]
    );
}

#[test]
fn integer_literal_range() {
    let found = errors("fn a() = 9223372036854775808\nfn b() = -9223372036854775808\nfn c() = 9223372036854775807\nfn d() = 1 -9223372036854775808\n");
    assert_eq!(
        found,
        vec![
            (
                codes::INT_LITERAL_RANGE,
                "integer literal out of range".to_owned(),
                9..28
            ),
            (
                codes::INT_LITERAL_RANGE,
                "integer literal out of range".to_owned(),
                100..119
            ),
        ]
    );
    assert_eq!(
        expr("-9223372036854775808"),
        "(int -9223372036854775808 @13..33)"
    );
    assert!(errors("fn f(-9223372036854775808) = 0\n").is_empty());
}

#[test]
fn pub_before_something_else() {
    let message =
        "expected `fn`, `module`, `struct`, `interface`, `type`, or `supervisor` after `pub`";
    assert_eq!(
        errors("pub import X\n"),
        vec![(codes::PARSE, message.to_owned(), 4..10)]
    );
    assert_eq!(
        errors("pub impl A for B do\nend\n"),
        vec![(codes::PARSE, message.to_owned(), 4..8)]
    );
    assert_eq!(
        errors("pub let x = 1\nfn main() do\nend\n"),
        vec![(codes::PARSE, message.to_owned(), 4..7)]
    );
    let (ast, _) = parse("pub import X\n");
    assert_eq!(ast.items.len(), 1);
}

#[test]
fn trailing_closures_are_rejected() {
    let (ast, diagnostics) =
        parse("fn main() do\n  List.each(xs) do |x|\n    x\n  end\n  done()\nend\n");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].code, codes::TRAILING_CLOSURE);
    assert_eq!(diagnostics[0].primary.span.range(), 29..31);
    let Item::Fn(main) = &ast.items[0] else {
        unreachable!()
    };
    let FnBody::Block(body) = &main.body else {
        unreachable!()
    };
    assert_eq!(
        body.stmts.len(),
        2,
        "the call and the statement after the skipped block"
    );

    assert_eq!(
        errors("fn f() = g(1) do 2 end\n")[0].0,
        codes::TRAILING_CLOSURE
    );
}

#[test]
fn a_line_cannot_start_with_a_binary_operator() {
    let (_, diagnostics) = parse("fn main() do\n  let s = a\n    <> b\nend\n");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].message, "expected statement, found `<>`");
    assert!(diagnostics[0]
        .help
        .as_deref()
        .unwrap()
        .contains("only `|>`"));
    assert_eq!(
        messages("fn main() do\n  let s = a <>\n    b\nend\n"),
        ["expected expression, found newline"]
    );
}

#[test]
fn keyword_arguments_come_last() {
    assert_eq!(
        errors("fn main() do\n  f(a: 1, 2)\nend\n"),
        vec![(
            codes::PARSE,
            "positional argument after keyword arguments".to_owned(),
            23..24
        )]
    );
}

#[test]
fn other_syntax_errors_name_expected_and_found() {
    // The `end` meant for the `if` closes `main`, so the last one is stray.
    assert_eq!(
        messages("fn main() do\n  if x\n    1\n  end\nend\n"),
        [
            "expected `do`, found newline",
            "expected declaration, found `end`"
        ]
    );
    assert_eq!(
        messages("fn main() do\n  f(x) {\nend\n"),
        ["expected newline or `;`, found `{`"]
    );
    assert_eq!(messages("end\n"), ["expected declaration, found `end`"]);
    assert_eq!(
        messages("fn main() do\n  x = 1\nend\n"),
        ["expected newline or `;`, found `=`"]
    );
    assert_eq!(
        messages("struct S do\n  x :: Int y :: Int\nend\n"),
        ["expected newline, `,` or `;`, found identifier `y`"]
    );
    assert_eq!(
        messages("fn f(x"),
        ["expected `::`, `,` or `)`, found end of file"]
    );
}

// ---------------------------------------------------------------- robustness

const REALISTIC: &str = r#"from Types.Event import EventPayload, Severity
import Storage.Queries

pub struct Reading do
  table "readings"
  sensor_id :: String
  value :: Float
  tags :: List<String>
  belongs_to :site, Site
end deriving(Json, Row)

pub type Level<T> do
  Low
  High(T)
  Custom(code :: Int, text :: String)
end

interface Priced do
  type Currency
  fn price(self) -> Int
end

impl Priced for Reading do
  type Currency = String
  fn price(self) -> Int = 1
end

pub fn summarize(rows :: List<Reading>, limit :: Int) -> String!String do
  let names = rows
    |> List.filter(fn r -> r.value > 0.0 end)
    |> List.map(fn r -> r.sensor_id end)
  if List.length(names) > limit do
    return Err("too many")
  else if limit == 0 do
    Ok("")
  else
    let text = String.join(names, ", ")
    Ok("names: ${text}")
  end
end

fn classify(v) = case v do
  0 -> "zero"
  n when n < 0 -> "negative"
  _ -> "positive"
end

fn walk(xs) do
  for {k, v} in Map.new() when k != "" do
    println(k <> v)
  end
  let total = List.map(xs, fn(x) do
    let y = x * 2
    y + 1
  end)
  while false do
    break
  end
  (total, %{"a" => 1}, [1, 2, 3], %{cfg | retries: 5})
end

actor meter(total :: Int) do
  let next = receive do
    n when n > 0 -> total + n
    _ -> total
  after 1000 -> total end
  terminate do
    println("stopped")
  end
  meter(next)
end

service Tally do
  fn init(limit :: Int) -> Int do
    limit
  end
  call Bump(key :: String) :: Bool do |st|
    (st, true)
  end
  cast Reset() do |_| 0 end
end

supervisor Plant do
  strategy: one_for_all
  max_restarts: 5
  child feeder do
    start: fn -> spawn(meter, 0) end
    restart: transient
    shutdown: 2000
  end
end

pub fn main() do
  let pid = spawn(meter, 0)
  send(pid, 5)
  let f = fn Some(x) -> x | None -> 0 end
  let r = Queries.insert(pid, Reading { sensor_id: "s", value: -1.5, tags: [], site_id: "x" })?
  println("${f(Some(1))} ${-9223372036854775808}")
end
"#;

#[test]
fn realistic_program_parses_without_errors() {
    let (ast, diagnostics) = parse(REALISTIC);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert_eq!(ast.items.len(), 13);
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn check_robust(source: &str) {
    let (ast, diagnostics) = parse(source);
    for d in &diagnostics {
        assert!(d.primary.span.start <= d.primary.span.end);
        assert!(
            d.primary.span.end as usize <= source.len(),
            "{source:?}: {d:?}"
        );
        assert!(!d.message.is_empty());
    }
    for item in &ast.items {
        let span = item.span();
        assert!(
            span.start <= span.end && span.end as usize <= source.len(),
            "{source:?}"
        );
    }
}

#[test]
fn never_panics_on_truncated_or_damaged_programs() {
    let mut runs = 0;
    for (end, _) in REALISTIC.char_indices() {
        check_robust(&REALISTIC[..end]);
        runs += 1;
    }
    let (tokens, _) = lex(FILE, REALISTIC);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..2500 {
        let mut text = String::new();
        let mut last = 0;
        let deletions = 1 + rng.next() % 4;
        let mut doomed: Vec<usize> = (0..deletions)
            .map(|_| (rng.next() % tokens.len() as u64) as usize)
            .collect();
        doomed.sort_unstable();
        for index in doomed {
            let (token, span) = &tokens[index];
            let keep_line_break = *token == Token::Newline && !rng.next().is_multiple_of(3);
            if span.start as usize >= last && !keep_line_break {
                text.push_str(&REALISTIC[last..span.start as usize]);
                last = span.end as usize;
            }
        }
        text.push_str(&REALISTIC[last..]);
        check_robust(&text);
        runs += 1;
    }
    assert!(runs > 4000);
}

/// A closure with bare parameters may start a statement (e.g. the last
/// statement of a function that returns it); a name followed by `(`, `<`,
/// `do` or `=` still starts a named function.
#[test]
fn closure_with_bare_params_at_statement_start() {
    let source = "fn make(n) do\n  fn x -> x + n end\nend\nfn pair() do\n  fn a, b -> a end\nend\nfn guarded() do\n  fn k when k > 0 -> k end\nend\nfn typed() do\n  fn v :: Int -> v end\nend\nfn outer() do\n  fn inner(y) = y\n  inner(1)\nend\n";
    let rendered = tree(source);
    assert_eq!(rendered.matches("(fn [").count(), 4, "{rendered}");
    let (ast, _) = parse(source);
    let Some(Item::Fn(outer)) = ast.items.last() else { panic!("no outer") };
    let FnBody::Block(body) = &outer.body else { panic!("outer has a block body") };
    assert!(
        matches!(body.stmts.first(), Some(mesh_syntax::ast::Stmt::Fn(_))),
        "`fn inner(y) = y` is a named function: {body:?}"
    );
}

/// `[]` and `[p, ...]` are list patterns of exactly that length.
#[test]
fn list_patterns() {
    let rendered = statements("case xs do\n  [] -> 0\n  [a] -> a\n  [a, (b, _)] -> b\n  h :: [] -> h\n  _ -> 1\nend");
    assert_eq!(rendered.matches("(list").count(), 4, "{rendered}");
}
