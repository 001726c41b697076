//! Inferred signatures of small programs (insta snapshots).

mod common;
use common::{check_main, check_project};

#[test]
fn let_polymorphism_and_generic_functions() {
    let c = check_main(
        r#"
fn id(x) = x
fn pair(a, b) = (a, b)
fn first(p) = case p do
  (a, _) -> a
end

fn main() do
  let n = id(1)
  let s = id("s")
  let none = None
  let a :: Option<Int> = none
  let b :: Option<String> = none
  let p = pair(n, s)
  println(first((s, n)))
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn forward_references_do_not_depend_on_order() {
    let c = check_main(
        r#"
fn main() do
  println(describe(total(3)))
end

fn describe(n) = "total: ${n}"

fn total(n :: Int) = helper(n) + 1

fn helper(x) = x * 2
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn mutual_recursion_is_inferred_together() {
    let c = check_main(
        r#"
fn is_even(n) = if n == 0 do true else is_odd(n - 1) end
fn is_odd(n) = if n == 0 do false else is_even(n - 1) end

fn keep(x) = if true do x else drop_second(x, []) end
fn drop_second(x, z) = keep(x)

fn count_down(n, acc) do
  if n <= 0 do
    return acc
  end
  count_down(n - 1, acc + 1)
end

fn main() do
  println("${is_even(10)} ${count_down(5, 0)} ${keep("k")}")
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn operator_predicates_enter_schemes() {
    let c = check_main(
        r#"
fn add(a, b) = a + b
fn same(a, b) = a == b
fn less(a, b) = a < b
fn join(a, b) = a <> b
fn show(x) = "<${x}>"
fn negate(x) = -x
fn both(x, y) = to_string(x) <> String.from(y)

fn main() do
  println(show(add(1, 2)))
  println(show(add(1.5, 2.5)))
  println(join("a", "b"))
  println(show(same((1, "x"), (1, "x"))))
  println(show(less(Some(1), None)))
  println(both(negate(3), [1, 2]))
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn annotations_fix_types() {
    let c = check_main(
        r#"
fn scale(v :: Float, by :: Float) -> Float do
  v * by
end

fn shout(s :: String) -> Unit do
  println(String.to_upper(s))
end

fn first_or<T>(items :: List<T>, fallback :: T) -> T do
  if List.is_empty(items) do fallback else List.head(items) end
end

fn label(code :: Int) -> String = "code-" <> String.from(code)

fn main() do
  let x :: Float = scale(2.0, 3.0)
  shout(label(first_or([1, 2], 0)))
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn option_result_and_case() {
    let c = check_main(
        r#"
fn unwrap_or(o, default) = case o do
  Some(x) -> x
  None -> default
end

fn safe_div(a :: Int, b :: Int) -> Result<Int, String> do
  if b == 0 do
    return Err("division by zero")
  end
  Ok(a / b)
end

fn sign(n) = case compare_int(n, 0) do
  Less -> -1
  Equal -> 0
  Greater -> 1
end

fn compare_int(a :: Int, b :: Int) -> Ordering = if a < b do Less else if a > b do Greater else Equal end

fn main() do
  let r = safe_div(7, 2)
  let v = case r do
    Ok(n) -> n
    Err(_) -> 0
  end
  println("${unwrap_or(String.to_int("42"), v)} ${sign(-3)}")
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn user_sum_types_and_multi_clause_functions() {
    let c = check_main(
        r#"
type Shape do
  Circle(Float)
  Rect(Float, Float)
end

type Tree<T> do
  Leaf
  Node(Tree<T>, T, Tree<T>)
end

fn area(Circle(r)) = 3.0 * r * r
fn area(Rect(w, h)) = w * h

fn size(Leaf) = 0
fn size(Node(l, _, r)) = size(l) + 1 + size(r)

fn fact(0) = 1
fn fact(n) when n > 0 = n * fact(n - 1)
fn fact(_) = 0

fn describe(true, _) = "yes"
fn describe(false, n) = "no ${n}"

fn main() do
  let t = Node(Leaf, "x", Node(Leaf, "y", Leaf))
  println("${area(Circle(1.0))} ${area(Shape.Rect(2.0, 3.0))} ${size(t)} ${fact(5)}")
  println(describe(true, 1))
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn stdlib_modules_and_pipes() {
    let c = check_main(
        r#"
from String import length

fn word_count(s :: String) = s |> String.split(" ") |> List.length
fn longer(a, b) = length(a) > String.length(b)
fn tail_of(xs) = xs |> List.append(0) |> List.tail()

fn main() do
  println("${word_count("a b c")} ${longer("ab", "c")} ${tail_of([1, 2])}")
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn imports_between_modules() {
    let c = check_project(&[
        (
            "main.mpl",
            "Main",
            r#"
from Util import twice, wrap
import Geometry.Shapes

fn main() do
  let s = Shapes.square(3)
  println("${twice(s)} ${wrap("x")}")
  let c = Shapes.unit()
  println(Shapes.name(c))
end
"#,
        ),
        (
            "util.mpl",
            "Util",
            r#"
pub fn twice(x) = x + x
pub fn wrap(x) = Some(x)
fn helper() = 1
"#,
        ),
        (
            "geometry/shapes.mpl",
            "Geometry.Shapes",
            r#"
pub type Kind do
  Square
  Circle
end

pub fn square(n :: Int) -> Int = n * n
pub fn unit() -> Kind = Square
pub fn name(k :: Kind) -> String = case k do
  Square -> "square"
  Circle -> "circle"
end
fn helper() = "private"
"#,
        ),
    ]);
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn shadowing_and_block_scope() {
    let c = check_main(
        r#"
fn println(x :: Int) -> Int = x

fn choose(flag) do
  let x = 1
  let y = if flag do
    let x = "inner"
    String.length(x)
  else
    x
  end
  let x = "shadowed"
  (x, y)
end

fn main() do
  let _ = println(1)
  let (a, b) = choose(true)
  print(a)
end
"#,
    );
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn structs_generic_structs_update_and_deferred_fields() {
    let c = check_main(
        r#"
struct Point do
  x :: Int
  y :: Int
end

struct Slot<T> do
  item :: T
  count :: Int
end

fn origin() = Point { y: 0, x: 0 }
fn norm(p :: Point) = p.x * p.x + p.y * p.y
fn moved(p :: Point, dx) = %{p | x: p.x + dx}
fn wrap(v) = Slot { item: v, count: 1 }
fn item_of(s :: Slot<String>) = s.item
fn later(p) do
  let n = p.x
  let q :: Point = p
  n + q.y
end

fn main() do
  let p = moved(origin(), 3)
  let s = wrap("a")
  println("${norm(p)} ${item_of(s)} ${later(p)} ${p == origin()} ${p < origin()}")
  println("${p}")
end
"#,
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn type_aliases_are_transparent() {
    let c = check_main(
        r#"
type Pairs<T> = List<(T, T)>
type Name = String
type Handler = Fun(Name) -> Int

fn firsts(ps :: Pairs<Int>) -> List<Int> = []
fn greet(n :: Name) -> String = "hi " <> n
fn run(h :: Handler) = h("x")

fn main() do
  println(greet("a"))
end
"#,
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn closures_and_function_values() {
    let c = check_main(
        r#"
type Notice do
  Note(String)
  Quiet
end

fn twice(f, x) = f(f(x))
fn adder(n) = fn x -> x + n end
fn classify() = fn 0 -> "zero" | n when n < 0 -> "neg" | _ -> "pos" end
fn early() = fn x do
  if x > 10 do
    return "big"
  end
  "small"
end
fn make_note() = Note
fn inc(x) = x + 1
fn apply_inc() = twice(inc, 1)
fn nested(k) do
  fn scale(v) = v * k
  scale(2)
end

fn main() do
  let id = fn x -> x end
  let a = id(1)
  let b = id("s")
  let add2 = adder(2)
  println("${add2(1)} ${classify()(0)} ${early()(20)} ${a} ${b} ${apply_inc()} ${nested(3)}")
  let n = make_note()("x")
  let c = List.map([1, 2], fn v -> v * 2 end)
  println("${c}")
end
"#,
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn loops_and_try() {
    let c = check_main(
        r#"
fn evens(xs) = for x in xs when x % 2 == 0 do
  x * 10
end

fn spin(n) do
  while n > 0 do
    break
  end
  for x in [1, 2, 3] do
    if x == 2 do
      continue
    end
    x
  end
end

fn parse(s :: String) -> Int!String = if s == "" do Err("empty") else Ok(1) end
fn both(a, b) do
  let x = parse(a)?
  Ok(x + parse(b)?)
end
fn first(xs) do
  let h = head(xs)?
  Some(h + 1)
end
fn head(xs :: List<Int>) -> Int? = None

fn main() do
  println("${evens([1, 2, 3, 4])} ${spin(1)} ${both("a", "b")} ${first([1])}")
end
"#,
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn cons_or_and_as_patterns() {
    let c = check_main(
        r#"
fn sum(xs) = case xs do
  h :: t -> h + sum(t)
  _ -> 0
end

fn small(n) = case n do
  1 | 2 | 3 -> true
  _ -> false
end

fn dup(o) = case o do
  Some(x) as whole -> (x, whole)
  None as whole -> (0, whole)
end

fn either(p) = case p do
  (x, 0) | (0, x) -> x
  _ -> -1
end

fn main() do
  println("${sum([1, 2])} ${small(2)} ${dup(Some(1))} ${either((0, 5))}")
end
"#,
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn keyword_arguments_methods_maps_and_json() {
    let c = check_main(
        r#"
fn connect(host :: String, opts) = host <> ":" <> Map.get(opts, "port")
fn sizes(s :: String, xs :: List<Int>) = s.length() + xs.length()
fn table() = %{1 => "one", 2 => "two"}
fn encoded() = Json.encode([Some(1), None])
fn area() = Math.pi * 2.0
fn tally(xs) = for {k, v} in Map.from_list(xs) do
  "${k}=${v}"
end

fn main() do
  println(connect("db", port: "5432", mode: "ro"))
  println("${sizes("abc", [1])} ${table()} ${encoded()} ${area()} ${tally([("a", 1)])}")
end
"#,
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    insta::assert_snapshot!(c.signatures());
}

#[test]
fn nested_functions_capture_and_recurse() {
    let c = check_main(
        r#"
fn outer(n :: Int) -> Int do
  let base = 10
  fn helper(x) = x + base + n
  fn fact(k) = if k <= 1 do 1 else k * fact(k - 1) end
  fn pick(xs, d) = case xs do
    h :: _ -> h
    _ -> d
  end
  helper(1) + fact(4) + pick([1], 0) + String.length(pick(["a"], ""))
end

fn main() do
  println("${outer(5)}")
end
"#,
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    insta::assert_snapshot!(c.signatures());
    let p = c.output().program.as_ref().expect("program");
    common::assert_hir_invariants(p);
    let fact = p.functions.iter().find(|f| f.name == "fact").expect("lifted fact");
    assert_eq!(fact.ret, mesh_check::types::Type::Int);
}

#[test]
fn builtin_collection_types_and_iterators() {
    let c = check_main(
        r#"
fn it(xs :: List<Int>) -> ListIterator = Iter.from(xs)
fn pairs(m :: Map<String, Int>) = Iter.from(m)
fn evens(r :: Range) = for i in r when i % 2 == 0 do
  i
end
fn members(s :: Set<String>) = for x in s do
  String.length(x)
end
fn span() = 1..4
fn queue(q :: Queue) = q
fn kind() = :ok

fn main() do
  println("${evens(span())} ${kind()}")
end
"#,
    );
    assert_eq!(c.diagnostics(), Vec::<String>::new());
    insta::assert_snapshot!(c.signatures());
}
