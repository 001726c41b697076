# Checks: P0001 for `from M import *` ("glob imports are not allowed").
from Util import *

fn main() do
  println("hi")
end
