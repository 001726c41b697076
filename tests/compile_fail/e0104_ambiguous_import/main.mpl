# Checks: a name imported from two modules and used unqualified is ambiguous (E0104).
from Left import label
from Right import label

fn main() do
  println(label())
end
