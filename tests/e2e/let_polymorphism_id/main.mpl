# Checks: let-polymorphism: unannotated generic functions used at several types in one program.
fn id(x) = x

fn pair(a, b) = (a, b)

fn first(a, b) = a

fn wrap(x) = Some(x)

fn main() do
  println("${id(42)}")
  println(id("text"))
  println("${id(true)}")
  println("${id(2.5)}")
  println("${pair(1, "one")}")
  println("${pair(id("x"), id(7))}")
  println(first("kept", 99))
  println("${first(3, "dropped")}")
  println("${wrap(5)} ${wrap("five")}")
  println("${id(pair(id(1), wrap(false)))}")
end
