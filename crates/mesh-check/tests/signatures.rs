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
