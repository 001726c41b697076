# With several `From` impls, `T.from(x)` needs one for x's type, and x's type known at the call.
struct Money do
  cents :: Int
end

impl From<Int> for Money do
  fn from(cents :: Int) -> Money do
    Money { cents: cents }
  end
end

impl From<Float> for Money do
  fn from(amount :: Float) -> Money do
    Money { cents: 1 }
  end
end

fn convert(x) do
  Money.from(x)
end

fn main() do
  let m = Money.from("ten")
  println("${m.cents}")
  println("${convert(1).cents}")
end
