# Checks: a struct field holding a function value, called through a binding and with method-call syntax `s.op(a, b)` (language.md §3.7.2 rule 1).
struct Op do
  name :: String
  op :: Fun(Int, Int) -> Int
end

fn apply(o :: Op, a :: Int, b :: Int) -> Int do
  let f = o.op
  f(a, b)
end

fn main() do
  let add = Op { name: "add", op: fn a, b -> a + b end }
  let mul = Op { name: "mul", op: fn(a, b) -> a * b end }
  println("${apply(add, 3, 4)} ${apply(mul, 3, 4)}")
  println("${add.op(10, 5)}")
  let ops = [add, mul]
  let results = List.map(ops, fn o -> "${o.name}=${o.op(6, 7)}" end)
  println(String.join(results, " "))
end
