# Checks: E0042 for `Self.Item` used in an ordinary function signature (outside any impl); reported at the type.
fn first(xs :: List<Int>) -> Self.Item do
  List.length(xs)
end

fn main() do
  println("${first([1])}")
end
