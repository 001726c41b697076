# Checks: list-literal patterns [], [x], [a, b], [a, _, c] and a wildcard; list patterns nested in tuples and Options (exhaustive without a catch-all).
fn shape(xs :: List<Int>) -> String do
  case xs do
    [] -> "none"
    [x] -> "one ${x}"
    [a, b] -> "two ${a + b}"
    [a, _, c] -> "three ${a}..${c}"
    _ -> "many"
  end
end

fn heads(p :: (List<Int>, List<Int>)) -> String do
  case p do
    ([], []) -> "both empty"
    (x :: _, []) -> "left ${x}"
    ([], y :: _) -> "right ${y}"
    (x :: _, y :: _) -> "both ${x} ${y}"
  end
end

fn first_of(o :: Option<List<String>>) -> String do
  case o do
    Some([w]) -> "single " <> w
    Some(w :: _) -> "first " <> w
    Some([]) -> "empty list"
    None -> "nothing"
  end
end

fn main() do
  println(shape([]))
  println(shape([7]))
  println(shape([3, 4]))
  println(shape([1, 2, 3]))
  println(shape([1, 2, 3, 4]))
  println(heads(([], [])))
  println(heads(([1], [])))
  println(heads(([], [2, 3])))
  println(heads(([4], [5])))
  println(first_of(Some(["x"])))
  println(first_of(Some(["y", "z"])))
  println(first_of(Some([])))
  println(first_of(None))
end
