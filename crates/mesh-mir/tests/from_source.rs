//! MIR of checked Mesh source (parsed and checked together with the
//! embedded stdlib): snapshots and properties that depend on the real
//! checker's HIR.

mod common;

use common::source::{checked, checked_main};

fn mir_text(source: &str) -> String {
    mesh_mir::render(&mesh_mir::lower(&checked_main(source)))
}

#[test]
fn fib_and_interpolation() {
    insta::assert_snapshot!(mir_text(
        r#"
fn fib(n :: Int) -> Int do
  if n < 2 do n else fib(n - 1) + fib(n - 2) end
end

fn main() do
  println("fib(10) = ${fib(10)}, ${-7 / 2}")
end
"#
    ));
}

#[test]
fn tail_recursive_case_with_guard_and_bindings() {
    insta::assert_snapshot!(mir_text(
        r#"
fn last_positive(xs :: List<Int>, i :: Int, found :: Option<Int>) -> Option<Int> do
  case i < List.length(xs) do
    false -> found
    true -> case List.get(xs, i) do
      x when x > 0 -> last_positive(xs, i + 1, Some(x))
      _ -> last_positive(xs, i + 1, found)
    end
  end
end

fn main() do
  println("${last_positive([3, -1, 4, -5], 0, None)}")
end
"#
    ));
}

#[test]
fn generic_function_imported_from_another_module() {
    let program = checked(&[
        (
            "main.mpl",
            "Main",
            r#"
from Util import pair

fn helper() = 1

fn main() do
  println("${pair(helper())} ${pair("a")}")
end
"#,
        ),
        (
            "util.mpl",
            "Util",
            "fn helper() = 2\n\npub fn pair(x) = (x, helper())\n",
        ),
    ]);
    let mir = mesh_mir::lower(&program);
    let mut names: Vec<&str> = mir.functions.iter().map(|f| f.name.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "$to_string<(Int, Int)>",
            "$to_string<(String, Int)>",
            "Main.helper",
            "Main.main",
            "Util.helper",
            "Util.pair<Int>",
            "Util.pair<String>",
        ]
    );
}

#[test]
fn struct_closure_and_comprehension() {
    insta::assert_snapshot!(mir_text(
        r#"
struct Item do
  name :: String
  qty :: Int
end deriving(Display)

fn scale(items :: List<Item>, k :: Int) -> List<Item> do
  for it in items when it.qty > 0 do
    %{it | qty: it.qty * k}
  end
end

fn main() do
  let bump = fn n -> n + 1 end
  let items = scale([Item { name: "a", qty: bump(1) }], 3)
  println("${items}")
end
"#
    ));
}

#[test]
fn a_for_used_as_a_statement_builds_no_list() {
    let text = mir_text(
        r#"
fn main() do
  for i in 0..3 do
    println("${i}")
  end
  let kept = for i in 0..3 do
    i
  end
  println("${kept}")
end
"#,
    );
    assert_eq!(text.matches("@mesh_list_alloc").count(), 1, "{text}");
    assert_eq!(text.matches("@mesh_list_push").count(), 1, "{text}");
}

#[test]
fn actor_spawn_send_and_receive_with_guard_and_after() {
    insta::assert_snapshot!(mir_text(
        r#"
actor meter(total :: Int) do
  let next = receive do
    n when n > 0 -> total + n
    _ -> total
  after 100 -> -1 end
  if next >= 0 do
    meter(next)
  else
    println("done")
  end
end

fn main() do
  let m = spawn(meter, 0)
  send(m, 5)
end
"#
    ));
}

#[test]
fn a_for_over_an_iter_pulls_each_item_and_grows_its_list() {
    let text = mir_text(
        r#"
fn main() do
  let it = Iter.map(Iter.from([1, 2, 3]), fn n -> n * 2 end)
  let kept = for x in it do
    x + 1
  end
  println("${kept}")
end
"#,
    );
    assert_eq!(text.matches("@mesh_iter_next").count(), 1, "{text}");
    assert_eq!(text.matches("@mesh_list_push_grow").count(), 1, "{text}");
    assert!(!text.contains("collect"), "{text}");
}
