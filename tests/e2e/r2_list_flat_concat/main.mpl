# Checks: List.flat_map, List.flatten, List.concat, `++`/`<>` on lists, List.reverse, List.last, List.nth, List.new and List.append; the operands stay unchanged.
fn main() do
  println("${List.flat_map([1, 2, 3], fn x -> [x, x * 10] end)}")
  println("${List.flat_map(["ab", "c"], fn s -> [s, s] end)}")
  println("${List.flatten([[1], [], [2, 3]])}")
  println("${List.concat([1, 2], [3])} ${[1] ++ [2, 3]} ${[4] <> [5]}")
  println("${List.reverse([1, 2, 3])} ${List.last([1, 2, 3])} ${List.nth([7, 8, 9], 1)}")
  let built = List.append(List.append(List.new(), "a"), "b")
  println("${built} ${List.length(built)}")
  let base = [1, 2]
  let more = base ++ [3]
  println("${base} ${more}")
end
