//! Checking never panics: every prefix of valid programs (most of them
//! syntactically broken) goes through parse + check.

mod common;
use common::check_project_with;

const PROGRAMS: &[&str] = &[
    r#"fn add(a, b) = a + b
fn fact(0) = 1
fn fact(n) when n > 0 = n * fact(n - 1)
type Shape do
  Circle(Float)
  Rect(Float, Float)
end
fn area(s) = case s do
  Circle(r) -> 3.0 * r * r
  Rect(w, h) -> w * h
end
fn main() do
  let x :: Int = add(1, 2)
  let (a, b) = (x, "s")
  if a > 2 do
    println("big ${a} ${b}")
  else if a < 0 do
    return ()
  else
    println(String.from(area(Circle(2.0))))
  end
  let o = String.to_int("12") |> unwrap
  println([1, 2] |> List.append(3) |> to_string)
end
fn unwrap(o) = case o do
  Some(v) -> v
  None -> -1
end
"#,
    r#"from String import length
fn is_even(n) = if n == 0 do true else is_odd(n - 1) end
fn is_odd(n) = if n == 0 do false else is_even(n - 1) end
fn main() do
  let r :: Result<Int, String> = Ok(length("abc"))
  let v = case r do
    Ok(n) when n > 1 -> n
    Ok(_) -> 0
    Err(e) -> String.length(e)
  end
  println("${is_even(v)} ${(1, :atom, nil)}")
end
"#,
];

#[test]
fn truncated_programs_do_not_panic() {
    for program in PROGRAMS {
        let mut cut = 0;
        while cut <= program.len() {
            if program.is_char_boundary(cut) {
                let text = &program[..cut];
                let c = check_project_with(&[("main.mpl", "Main", text)], false);
                let _ = c.result;
            }
            cut += 1;
        }
    }
}
