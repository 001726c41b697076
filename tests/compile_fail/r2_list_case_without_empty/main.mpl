# Checks: E0012 for a case on a list whose only arm is `h :: t` (the empty list is not covered).
fn first(xs :: List<Int>) -> Int do
  case xs do
    h :: t -> h + List.length(t)
  end
end

fn main() do
  println("${first([1, 2])}")
end
