# Checks: named functions (one-line, block, multi-clause, polymorphic) used as values: passed to List.map/filter/reduce and the prelude map, stored in variables and lists, returned from functions.
fn double(x :: Int) -> Int = x * 2

fn is_even(x :: Int) -> Bool = x % 2 == 0

fn add(a :: Int, b :: Int) -> Int do
  a + b
end

fn name_of(0) = "zero"
fn name_of(1) = "one"
fn name_of(_) = "many"

fn ident(x) = x

fn pick(flag :: Bool) -> Fun(Int) -> Int do
  if flag do double else ident end
end

fn main() do
  let xs = [1, 2, 3, 4]
  println("${List.map(xs, double)}")
  println("${List.filter(xs, is_even)}")
  println("${List.reduce(xs, 0, add)}")
  println("${List.map([0, 1, 2], name_of)}")
  let f = double
  println("${f(21)}")
  let fs = [double, ident, fn x -> x + 1 end]
  println("${List.map(fs, fn g -> g(10) end)}")
  println("${pick(true)(5)} ${pick(false)(5)}")
  println("${List.map(["a", "b"], ident)}")
  println("${map(xs, double)}")
end
