# Checks: top-level functions may be used before their definitions (order-independent declarations).
fn main() do
  println(greeting("Ada"))
  println("${triple(add_one(4))}")
end

fn greeting(name :: String) -> String = prefix() <> name

fn triple(n :: Int) -> Int = n * 3

fn prefix() -> String do
  "Hello, "
end

fn add_one(n) = n + 1
