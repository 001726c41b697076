# Checks: matching structs by binding them in case arms with guards on their fields, inside Options and tuples (there are no struct patterns).
struct Temp do
  city :: String
  celsius :: Int
end

fn label(t :: Temp) -> String do
  case t do
    hot when hot.celsius >= 30 -> hot.city <> " is hot"
    cold when cold.celsius < 0 -> cold.city <> " is freezing"
    other -> other.city <> " is mild"
  end
end

fn best(o :: Option<Temp>) -> String do
  case o do
    Some(t) -> t.city
    None -> "none"
  end
end

fn main() do
  println(label(Temp { city: "Cairo", celsius: 35 }))
  println(label(Temp { city: "Oulu", celsius: -12 }))
  println(label(Temp { city: "Paris", celsius: 18 }))
  println(best(Some(Temp { city: "Rome", celsius: 20 })) <> " " <> best(None))
  let pair = (Temp { city: "A", celsius: 1 }, Temp { city: "B", celsius: 2 })
  let warmer = case pair do
    (x, y) when x.celsius > y.celsius -> x.city
    (_, y) -> y.city
  end
  println(warmer)
end
