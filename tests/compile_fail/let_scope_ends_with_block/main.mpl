# Checks: E0004: a `let` inside an if branch is not visible after the if.
fn main() do
  if true do
    let inner = "hidden"
    println(inner)
  end
  println(inner)
end
