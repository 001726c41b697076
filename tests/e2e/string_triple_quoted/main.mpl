# Checks: triple-quoted strings: unescaped quotes, real newlines kept verbatim, escapes and interpolation.
fn main() do
  let who = "world"
  println("""She said "hi" to ${who}""")
  println("""two "" quotes""")
  let block = """first line
second line
  indented third"""
  println(block)
  println("""tab\there""")
  println("""multi
line ${who}!""")
  println("${String.length("""a"b""")}")
end
