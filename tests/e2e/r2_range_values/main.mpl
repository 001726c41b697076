# Checks: ranges as values (language.md §4.4.6): stored in variables and lists, iterated, passed to Range.to_list/length/map/filter; Range.new is the same range.
fn total(r :: Range) -> Int do
  List.reduce(Range.to_list(r), 0, fn a, b -> a + b end)
end

fn main() do
  let r = 1..5
  println("${Range.to_list(r)}")
  println("${Range.length(r)} ${Range.length(5..1)} ${Range.length(Range.new(-3, 3))}")
  for i in r do
    print("${i} ")
  end
  println("")
  println("${total(r)} ${total(Range.new(1, 101))}")
  println("${Range.map(0..4, fn x -> x * x end)}")
  println("${Range.filter(0..10, fn x -> x % 3 == 0 end)}")
  println("${Range.to_list(Range.new(2, 2))}")
  let n = 4
  let rs = [0..n, Range.new(10, 12)]
  println("${List.map(rs, Range.length)}")
end
