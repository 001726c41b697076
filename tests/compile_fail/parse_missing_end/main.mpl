# Checks: P0001 when a function body lacks its `end`: the following `import` cannot start a statement.
fn helper(x :: Int) -> Int do
  x + 1

import Util

fn main() do
  println("${helper(1)}")
end
