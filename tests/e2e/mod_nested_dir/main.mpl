# Checks: modules in nested directories are named by path (a/b/deep_name.mpl is A.B.DeepName); qualified calls use the last segment.
from A.B.DeepName import greet
import A.B.OtherThing

fn main() do
  println(greet("nested"))
  println(OtherThing.shout("hey"))
end
