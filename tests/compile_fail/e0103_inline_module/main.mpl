# Checks: inline module blocks are rejected (E0103).
module Helpers do
  fn twice(x) = x * 2
end

fn main() do
  println("no")
end
