# `Process.halt` returns any type (stdlib.md §16), so a `main` whose last
# statement is a halt has a generic result; it still compiles and the
# program ends with the given status after flushing stdout.
fn main() do
  println("before")
  Process.halt(0)
end
