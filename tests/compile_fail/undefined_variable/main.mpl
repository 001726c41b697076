# Checks: E0004 for a name that is not bound anywhere.
fn main() do
  let count = 3
  println("${count}")
  println(missing_name)
end
