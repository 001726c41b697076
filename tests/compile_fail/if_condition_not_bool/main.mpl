# Checks: E0001: the condition of an if must be a Bool.
fn main() do
  if 1 do
    println("one")
  end
end
