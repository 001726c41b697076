# A small multi-module Mesh program: greetings, a recursive function, case
# and if expressions, string interpolation and String functions.

from Greeting import greet, farewell
import Text.Stats

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

# Sums 1..n with a self tail call, so it runs in constant stack.
fn sum_to(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    sum_to(n - 1, acc + n)
  end
end

fn describe(n :: Int) -> String do
  case n do
    0 -> "zero"
    1 -> "one"
    _ -> if n < 0 do "negative" else "many" end
  end
end

fn main() do
  println(greet("Mesh"))
  println("fib(20) = ${fib(20)}")
  println("sum_to(100000) = ${sum_to(100000, 0)}")
  println("0 is ${describe(0)}, 1 is ${describe(1)}, 7 is ${describe(7)}")
  let sentence = "the quick brown fox"
  println("\"${sentence}\" has ${Stats.word_count(sentence)} words")
  println(sentence |> Stats.shout)
  println(farewell("Mesh"))
end
