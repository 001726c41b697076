# `x.into()` needs a `From` impl from x's type to the target, and a target the context fixes.
struct Celsius do
  degrees :: Int
end

impl From<Int> for Celsius do
  fn from(d :: Int) -> Celsius do
    Celsius { degrees: d }
  end
end

fn open_target(x :: Int) do
  x.into()
end

fn main() do
  let b :: Bool = 3.into()
  println("${b}")
  let t = open_target(1)
  println("done")
end
