# Checks: a type error inside a non-main module is reported with that module's file name.
from Util import label

fn main() do
  println(label(3))
end
