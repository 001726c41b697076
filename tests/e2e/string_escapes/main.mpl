# Checks: escapes \n \t \" \\ \$ and "backslash + other char", literal `$` and `#{`, a string spanning lines.
fn main() do
  println("tab:\tend")
  println("line1\nline2")
  println("quote: \"q\"")
  println("backslash: \\")
  println("dollar: \${x}")
  println("price: \$5")
  println("just $ sign")
  println("other: \q \{ \u0041")
  println("#{not interpolation}")
  println("a\\nb")
  println("mix \"nested\" \\\" end")
  println("plain
string")
end
