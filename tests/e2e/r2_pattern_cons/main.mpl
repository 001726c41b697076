# Checks: cons patterns `h :: t` and `a :: b :: rest` (right-associative) with [] for exhaustiveness, `h :: []`, guards on cons arms, in recursive functions.
fn sum(xs :: List<Int>) -> Int do
  case xs do
    [] -> 0
    h :: t -> h + sum(t)
  end
end

fn pairs(xs :: List<Int>) -> List<Int> do
  case xs do
    a :: b :: rest -> [a + b] ++ pairs(rest)
    _ -> xs
  end
end

fn describe(xs :: List<String>) -> String do
  case xs do
    [] -> "empty"
    h :: [] -> "just " <> h
    h :: t when List.length(t) > 2 -> h <> " and many more"
    h :: t -> h <> " and " <> String.join(t, ", ")
  end
end

fn main() do
  println("${sum([1, 2, 3, 4])} ${sum([])}")
  println("${pairs([1, 2, 3, 4, 5])} ${pairs([1, 2])}")
  println(describe([]))
  println(describe(["a"]))
  println(describe(["a", "b", "c"]))
  println(describe(["a", "b", "c", "d"]))
end
