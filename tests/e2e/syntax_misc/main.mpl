# Checks: `;` separators, one-line forms, trailing commas, newlines inside ( ) and [ ] are insignificant.
fn add3(a :: Int, b :: Int, c :: Int,) -> Int = a + b + c

fn one_liner() = println("one-liner")

fn main() do
  let a = 1; let b = 2; println("${a + b}")
  let s = add3(
    1,
    2,
    3,
  )
  println("${s}")
  let xs = [
    "one",
    "two",
  ]
  println("${xs}")
  let v = if a < b do "lt" else "ge" end
  println(v)
  let total = (a
    + b
    + 10)
  println("${total}")
  one_liner()
end
