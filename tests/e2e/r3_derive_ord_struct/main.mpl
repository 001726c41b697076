# Checks: deriving(Eq, Ord) on structs compares lexicographically by fields in declaration order (first field decides, later fields break ties), for all four operators and compare; used to sort with List.sort.
struct Version do
  major :: Int
  minor :: Int
  label :: String
end deriving(Eq, Ord, Display)

fn order_name(o :: Ordering) -> String do
  case o do
    Less -> "less"
    Equal -> "equal"
    Greater -> "greater"
  end
end

fn cmp_int(a :: Version, b :: Version) -> Int do
  case compare(a, b) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

fn main() do
  let a = Version { major: 1, minor: 9, label: "z" }
  let b = Version { major: 2, minor: 0, label: "a" }
  let c = Version { major: 2, minor: 0, label: "b" }
  let d = Version { major: 2, minor: 0, label: "b" }
  println("${a < b} ${b < a} ${b < c} ${c > b} ${c >= d} ${c <= d} ${c < d} ${a > c}")
  println(order_name(compare(a, b)) <> " " <> order_name(compare(c, b)) <> " " <> order_name(compare(c, d)))
  let sorted = List.sort([c, a, b], cmp_int)
  println("${sorted}")
end
