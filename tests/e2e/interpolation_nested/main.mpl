# Checks: interpolation of nested expressions, nested strings (also with their own interpolation) and calls.
fn name() -> String = "Mesh"

fn main() do
  let x = 6
  let y = 7
  println("${x} * ${y} = ${x * y}")
  println("${"a" <> "b"}")
  println("outer ${"inner ${x + 1}"} done")
  println("hello ${name()}!")
  println("len=${String.length("héllo")}")
  println("${x}${y}")
  println("${x > y} ${x == 6}")
  println("${to_string(x) <> "!"}")
  println("${"${"${x}"}"}")
  println("braces { } and #{x} stay literal")
  println("sum: ${ x + y }")
  println("multi ${x +
    y} line")
  println("${""}|${"" <> ""}|")
end
