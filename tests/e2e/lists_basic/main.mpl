# Checks: list literals, their display, and List.length/get/append/head/tail/reverse/is_empty; lists are immutable.
fn sum_indexed(xs :: List<Int>, i :: Int, acc :: Int) -> Int do
  if i < List.length(xs) do
    sum_indexed(xs, i + 1, acc + List.get(xs, i))
  else
    acc
  end
end

fn total(xs :: List<Int>) -> Int do
  if List.is_empty(xs) do
    0
  else
    List.head(xs) + total(List.tail(xs))
  end
end

fn main() do
  let xs = [10, 20, 30]
  println("${xs}")
  println("${List.length(xs)}")
  println("${List.get(xs, 0)} ${List.get(xs, 2)}")
  let ys = List.append(xs, 40)
  println("${ys}")
  println("${xs}")
  println("${List.head(ys)}")
  println("${List.tail(ys)}")
  println("${List.reverse(ys)}")
  println("${List.is_empty(xs)}")
  println("${List.is_empty(List.tail([1]))}")
  println("${List.tail([1])}")
  println("${["hello", "world"]}")
  println("${[[1, 2], [3]]}")
  println("${[1.5, 2.0]}")
  println("${[true, false]}")
  println("${[1, 2, 3,]}")
  println("${sum_indexed(xs, 0, 0)}")
  println("${total(ys)}")
end
