# Checks: deriving(Eq, Ord) on a sum type orders first by variant declaration index (earlier is smaller, regardless of payload), then by the variant's fields; compare on sum values.
type Level do
  High(Int)
  Low
  Mid(String, Int)
end deriving(Eq, Ord, Display)

fn order_name(o :: Ordering) -> String do
  case o do
    Less -> "less"
    Equal -> "equal"
    Greater -> "greater"
  end
end

fn cmp_int(a :: Level, b :: Level) -> Int do
  case compare(a, b) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

fn main() do
  println("${High(100) < Low} ${Low < Mid("a", 0)} ${High(1) < Mid("a", 0)} ${Mid("a", 0) > Low}")
  println("${High(1) < High(2)} ${High(2) < High(1)} ${High(2) <= High(2)} ${Low >= Low}")
  println("${Mid("a", 5) < Mid("b", 0)} ${Mid("b", 1) < Mid("b", 2)} ${Mid("b", 2) > Mid("b", 2)}")
  println(order_name(compare(Low, High(0))) <> " " <> order_name(compare(Mid("x", 1), Mid("x", 1))) <> " " <> order_name(compare(High(-5), High(3))))
  let sorted = List.sort([Mid("b", 1), Low, High(7), Mid("a", 9), High(2)], cmp_int)
  println("${sorted}")
end
