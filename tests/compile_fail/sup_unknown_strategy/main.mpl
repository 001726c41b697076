# Checks: E0019: an unknown supervision strategy (language.md §3.10.2).
supervisor Plant do
  strategy: one_for_some
end

fn main() do
  let sup = spawn(Plant)
  println("up")
end
