# Checks: unannotated functions using + * > generalize with operator predicates and work at Int, Float and String.
fn add(a, b) = a + b

fn square(x) = x * x

fn bigger(a, b) = if a > b do a else b end

fn main() do
  println("${add(1, 2)}")
  println("${add(1.5, 2.25)}")
  println("${square(12)}")
  println("${square(1.5)}")
  println("${bigger(3, 9)}")
  println(bigger("pear", "apple"))
  println("${bigger(2.5, -1.0)}")
end
