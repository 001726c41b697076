# Checks: closures and named functions passed to user higher-order functions with annotated (Fun) and inferred (polymorphic) parameter types.
fn apply_twice(f :: Fun(Int) -> Int, x :: Int) -> Int = f(f(x))

fn apply_n(f, n :: Int, x) do
  if n == 0 do
    x
  else
    apply_n(f, n - 1, f(x))
  end
end

fn map_pair(p, f) do
  case p do
    (a, b) -> (f(a), f(b))
  end
end

fn keep(xs :: List<Int>, pred :: Fun(Int) -> Bool) -> List<Int> = List.filter(xs, pred)

fn square(x :: Int) -> Int = x * x

fn main() do
  println("${apply_twice(fn x -> x + 3 end, 1)}")
  println("${apply_twice(square, 3)}")
  println("${apply_n(fn x -> x * 2 end, 10, 1)}")
  println(apply_n(fn s -> s <> "a" end, 3, "b"))
  println("${map_pair((2, 3), square)}")
  println("${map_pair(("x", "yz"), fn s -> String.length(s) end)}")
  let limit = 4
  println("${keep([1, 5, 3, 8], fn x -> x < limit end)}")
  let callback = fn x -> x > limit end
  println("${keep([1, 5, 3, 8], callback)}")
end
