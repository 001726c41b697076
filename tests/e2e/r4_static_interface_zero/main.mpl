# A static interface method whose `Self` is only in its result, called
# through the interface: the expected type picks the impl.
interface Zero do
  fn zero() -> Self
end

impl Zero for Int do
  fn zero() -> Int do
    0
  end
end

impl Zero for String do
  fn zero() -> String do
    "empty"
  end
end

fn z<T>() -> T where T: Zero do
  Zero.zero()
end

fn pair<T>(x :: T) -> (T, T) where T: Zero do
  (x, Zero.zero())
end

fn main() do
  let n :: Int = z()
  let s :: String = z()
  println("${n + 5}")
  println(s)
  let (a, b) = pair(7)
  println("${a} ${b}")
  let direct :: String = Zero.zero()
  println(direct)
end
