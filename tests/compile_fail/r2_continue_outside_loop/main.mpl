# Checks: E0033 for `continue` directly in main, outside any loop.
fn main() do
  println("start")
  continue
end
