# Module Util.Funcs: functions that build and take closures, and a struct with a function field.
pub struct Handler do
  name :: String
  run :: Fun(String) -> String
end

pub fn make_multiplier(k :: Int) -> Fun(Int) -> Int do
  fn x -> x * k end
end

pub fn apply_all(xs :: List<Int>, f :: Fun(Int) -> Int) -> List<Int> = List.map(xs, f)

pub fn run_handler(h :: Handler, input :: String) -> String do
  let f = h.run
  h.name <> ": " <> f(input)
end
