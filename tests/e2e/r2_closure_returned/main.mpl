# Checks: closures returned from functions (adders, composition, repetition, currying) and called later, including immediately as in `make_adder(1)(2)`.
fn make_adder(n :: Int) -> Fun(Int) -> Int do
  fn x -> x + n end
end

fn compose(f, g) = fn x -> g(f(x)) end

fn twice(f :: Fun(Int) -> Int) -> Fun(Int) -> Int = fn x -> f(f(x)) end

fn curry_mul(a :: Int) = fn b -> fn c -> a * b * c end end

fn main() do
  let add5 = make_adder(5)
  let add10 = make_adder(10)
  println("${add5(1)} ${add10(1)}")
  println("${make_adder(1)(2)}")
  let inc_then_double = compose(make_adder(1), fn x -> x * 2 end)
  println("${inc_then_double(4)}")
  let shout = compose(String.to_upper, fn s -> s <> "!" end)
  println(shout("hey"))
  let add20 = twice(add10)
  println("${add20(0)}")
  println("${twice(twice(add5))(0)}")
  let m = curry_mul(2)
  let m3 = m(3)
  println("${m3(4)} ${curry_mul(1)(1)(1)}")
end
