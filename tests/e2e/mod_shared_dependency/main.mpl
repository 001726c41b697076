# Checks: one module (Shared.Text) imported by two other modules (in both import forms) and by main.
from Left import left_label
from Right import right_label
from Shared.Text import bracket

fn main() do
  println(left_label("x"))
  println(right_label("y"))
  println(bracket("main"))
end
