# Checks: `1 / 0` written with literals still panics at run time with exit status 101.
fn main() do
  println("start")
  println("${1 / 0}")
  println("unreachable")
end
