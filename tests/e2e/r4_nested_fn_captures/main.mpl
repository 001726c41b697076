# Recursive nested functions may read variables of the enclosing function
# (language.md §3.1.6) and are generalised at their definition (§6.5.1);
# consecutive nested clauses of one name and arity form one multi-clause
# function (§3.1.4).
fn scaled_sum(xs, factor) do
  fn go(rest, acc) do
    case rest do
      [] -> acc
      h :: t -> go(t, acc + h * factor)
    end
  end
  go(xs, 0)
end

fn countdown(n) do
  let label = "tick"
  fn loop(0) = ["done"]
  fn loop(k) = ["${label} ${k}"] ++ loop(k - 1)
  loop(n)
end

fn main() do
  println("${scaled_sum([1, 2, 3], 10)}")
  println("${countdown(3)}")
  let base = 100
  let step = 7
  fn climb(k) do
    if k == 0 do
      base
    else
      step + climb(k - 1)
    end
  end
  println("${climb(3)}")
  let climbs = List.map([0, 1, 2], climb)
  println("${climbs}")
  fn describe(0) = "zero"
  fn describe(1) = "one"
  fn describe(n) when n < 0 = "negative"
  fn describe(_) = "many"
  println("${describe(0)} ${describe(1)} ${describe(-4)} ${describe(9)}")
  let sep = ", "
  let word = "ab"
  fn repeat_word(0) = ""
  fn repeat_word(1) = word
  fn repeat_word(k) = word <> sep <> repeat_word(k - 1)
  println(repeat_word(3))
  fn sum_climbs(k) = if k == 0 do 0 else climb(k) + sum_climbs(k - 1) end
  println("${sum_climbs(2)}")
  fn size(xs) = case xs do
    _ :: t -> 1 + size(t)
    _ -> 0
  end
  println("${size([1, 2, 3])} ${size(["a"])}")
  fn joined(xs) = case xs do
    h :: t -> case t do
      _ :: _ -> "${h}${sep}${joined(t)}"
      _ -> "${h}"
    end
    _ -> ""
  end
  println(joined([1, 2, 3]) <> " / " <> joined([true, false]))
end
