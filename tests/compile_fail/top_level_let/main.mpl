# Checks: E0102: `let` is not allowed at the top level of a file.
let limit = 5

fn main() do
  println("hi")
end
