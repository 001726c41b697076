# Checks: named functions defined inside a block (language.md §3.1.6): visible after their definition, capture enclosing variables by value, may recurse, and can be passed as values.
fn outer(n :: Int) -> Int do
  let base = 10
  fn helper(x :: Int) -> Int do
    x + base + n
  end
  fn fact(k :: Int) -> Int do
    if k <= 1 do 1 else k * fact(k - 1) end
  end
  helper(1) + fact(4)
end

fn main() do
  println("${outer(5)}")
  let prefix = "item-"
  fn label(i :: Int) -> String = prefix <> String.from(i)
  println("${List.map([1, 2], label)}")
end
