# Checks: a hand-written `impl Into<T> for S` (language.md §3.7.3: `Into<T>` with `into(self)`) adds the conversion `x.into()`; with several conversions from one type (`Into` and `From` impls alike) the expected type picks the target.
struct Money do
  cents :: Int
end

struct Label do
  text :: String
end

struct Meters do
  value :: Int
end

impl Into<Money> for Int do
  fn into(self) -> Money do
    Money { cents: self * 100 }
  end
end

impl Into<Label> for Int do
  fn into(self) -> Label do
    Label { text: "#${self}" }
  end
end

impl From<Int> for Meters do
  fn from(n :: Int) -> Meters do
    Meters { value: n }
  end
end

struct Celsius do
  degrees :: Int
end

struct Fahrenheit do
  degrees :: Int
end

impl Into<Fahrenheit> for Celsius do
  fn into(self) -> Fahrenheit do
    Fahrenheit { degrees: self.degrees * 9 / 5 + 32 }
  end
end

fn price(m :: Money) -> String do
  "${m.cents} cents"
end

fn main() do
  let m :: Money = 3.into()
  let l :: Label = 7.into()
  let d :: Meters = 12.into()
  println("${m.cents} ${l.text} ${d.value}")
  println(price(5.into()))
  let f = Celsius { degrees: 100 }.into()
  println("${f.degrees}")
end
