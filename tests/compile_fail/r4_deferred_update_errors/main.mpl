# A functional update on a receiver of unknown type is decided once the type is known: an unknown field is E0009, a value of the wrong type E0001; a receiver still unknown at the end of the function is E0110 (reported once).
struct Counter do
  count :: Int
  label :: String
end

fn unknown_field() do
  let f = fn c -> %{c | size: 1} end
  f(Counter { count: 1, label: "a" })
end

fn wrong_type() do
  let g = fn c -> %{c | count: "many"} end
  g(Counter { count: 1, label: "a" })
end

fn never_known() do
  let h = fn c -> %{c | count: 1, label: "x"} end
  println("unused")
end

fn main() do
  println("x")
end
