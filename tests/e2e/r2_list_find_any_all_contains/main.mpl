# Checks: List.find, List.any, List.all (short-circuiting; false/true on []) and List.contains with value equality on computed strings, nested lists and structs.
struct Tag do
  name :: String
end

fn main() do
  let xs = [3, 8, 12, 5]
  println("${List.find(xs, fn x -> x > 6 end)} ${List.find(xs, fn x -> x > 100 end)}")
  println("${List.any(xs, fn x -> x % 2 == 0 end)} ${List.all(xs, fn x -> x > 0 end)} ${List.all(xs, fn x -> x > 3 end)}")
  let none :: List<Int> = []
  println("${List.any(none, fn _ -> true end)} ${List.all(none, fn _ -> false end)}")
  let levels = ["fatal", "error", "warning"]
  let wanted = "err" <> "or"
  println("${List.contains(levels, wanted)} ${List.contains(levels, "info")}")
  println("${List.contains([[1, 2], [3]], [3])} ${List.contains([1, 2], 3)}")
  println("${List.contains([Tag { name: "a" }], Tag { name: "a" })}")
  let seen = List.any([1, 2, 3, 4], fn x do
    println("any visits ${x}")
    x == 2
  end)
  println("${seen}")
  let all_small = List.all([1, 5, 2], fn x do
    println("all visits ${x}")
    x < 3
  end)
  println("${all_small}")
end
