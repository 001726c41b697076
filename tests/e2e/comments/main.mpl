# Checks: line comments, doc comments (## and ##!), nested block comments; `#` inside strings is text.
##! module documentation comment
## documentation of main
fn main() do
  # a line comment
  println("a") # trailing comment
  #= block comment
     spanning lines #= nested =# still comment =#
  println("b")
  println("c # not a comment")
  let x = #= inline =# 5
  println("${x}")
end
