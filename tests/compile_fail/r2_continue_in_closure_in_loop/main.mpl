# Checks: E0033: `continue` inside a closure that is written inside a while loop cannot cross the closure boundary.
fn main() do
  while true do
    let g = fn -> continue end
    println("x")
    break
  end
end
