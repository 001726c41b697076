# Optimised builds unroll small recursive functions once (each gets a twin
# calling it back). The results must be those of plain recursion: doubly
# recursive, recursion through an argument, recursion with a closure
# argument, and a recursive function that also loops by a self tail call.

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn ackermann(m :: Int, n :: Int) -> Int do
  if m == 0 do
    n + 1
  else
    if n == 0 do
      ackermann(m - 1, 1)
    else
      ackermann(m - 1, ackermann(m, n - 1))
    end
  end
end

fn fold_tree(depth :: Int, f :: Fun(Int) -> Int) -> Int do
  if depth == 0 do
    f(1)
  else
    fold_tree(depth - 1, f) + fold_tree(depth - 1, f) + depth
  end
end

fn count_down(n :: Int, acc :: List<Int>) -> List<Int> do
  if n == 0 do
    acc
  else
    count_down(n - 1, List.append(acc, n))
  end
end

fn main() do
  println("${fib(25)}")
  println("${ackermann(2, 3)}")
  println("${fold_tree(4, fn x -> x * 10 end)}")
  println("${count_down(5, [])}")
end
