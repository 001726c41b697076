# Checks: for over a Set visits elements in insertion order (duplicates dropped), with and without a when filter.
fn main() do
  let s = Set.add(Set.add(Set.add(Set.add(Set.new(), 5), 1), 5), 3)
  for x in s do
    println("${x}")
  end
  let tens = for x in s do x * 10 end
  println("${tens}")
  let big = for x in s when x > 2 do x end
  println("${big}")
  let from_list = Set.from_list([2, 2, 4, 2, 6])
  let plus = for x in from_list do x + 1 end
  println("${plus}")
end
