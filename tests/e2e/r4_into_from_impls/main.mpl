# Checks: `x.into()` through the `Into` generated from `From` impls (language.md §3.7.3): one conversion from the receiver's type, a target chosen by an annotation or a parameter type, and the built-in `From<Int> for Float`.
struct Celsius do
  degrees :: Int
end

struct Label do
  text :: String
end

impl From<Int> for Celsius do
  fn from(d :: Int) -> Celsius do
    Celsius { degrees: d }
  end
end

impl From<Celsius> for Label do
  fn from(c :: Celsius) -> Label do
    Label { text: "${c.degrees}C" }
  end
end

fn show(c :: Celsius) -> String do
  "celsius ${c.degrees}"
end

fn main() do
  let c :: Celsius = 21.into()
  println("${c.degrees}")
  let l = c.into()
  println(l.text)
  println(show(5.into()))
  let f :: Float = 3.into()
  println("${f / 2.0}")
  let s :: String = 7.into()
  println(s <> "!")
end
