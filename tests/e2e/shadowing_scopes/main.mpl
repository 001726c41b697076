# Checks: `let` shadowing (also of parameters and with a new type); bindings inside a branch do not leak out.
fn shadow_param(n :: Int) -> Int do
  let n = n * 3
  let n = n + 1
  n
end

fn main() do
  let x = 1
  println("${x}")
  let x = x + 1
  println("${x}")
  let x = "now a string ${x}"
  println(x)
  let y = 10
  if y > 5 do
    let y = y * 100
    println("inner ${y}")
  end
  println("outer ${y}")
  let z = case y do
    10 -> y + 1
    _ -> 0
  end
  println("${z} ${y}")
  println("${shadow_param(2)}")
end
