# Checks: E0015: self() is only valid inside an actor body.
fn main() do
  let me = self()
  println("${me}")
end
