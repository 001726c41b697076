# A static interface call needs a self type the context fixes (E0110)
# that implements the interface (E0006).
interface Zero do
  fn zero() -> Self
end

impl Zero for Int do
  fn zero() -> Int do
    0
  end
end

fn main() do
  let b :: Bool = Zero.zero()
  let u = Zero.zero()
  println("${b}")
end
