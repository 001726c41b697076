# Checks: a guard must be a Bool (E0025).
fn main() do
  let n = 3
  case n do
    x when x + 1 -> println("odd")
    _ -> println("other")
  end
end
