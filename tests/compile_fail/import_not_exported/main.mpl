# Checks: E0034 when a `from` import names something the module does not define.
from Util import present, absent

fn main() do
  println("${present()}")
end
