# Checks: E0001 for a type mismatch inside a for body (the Int loop variable used where a String is annotated).
fn main() do
  for i in 0..3 do
    let s :: String = i
    println(s)
  end
end
