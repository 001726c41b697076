# Checks: print writes without a newline, println adds one, "\n" inside print ends a line.
fn main() do
  print("a")
  print("b")
  println("c")
  print("line two\n")
  print("x")
  print("y")
  println("")
  println("done")
end
