# Checks: syntax errors in two files are both reported, each with its own file name.
from Helpers import helper

fn main() do
  let x = / 2
  println(helper())
end
