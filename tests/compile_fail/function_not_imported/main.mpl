# Checks: E0004: a public function of another module is not in scope without an import.
fn main() do
  println(shout("x"))
end
