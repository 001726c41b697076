# Checks: List.zip (length of the shorter list), List.take and List.drop with n clamped to [0, length], List.enumerate.
fn main() do
  println("${List.zip([1, 2, 3], ["a", "b"])}")
  println("${List.zip([1], [true, false])}")
  let xs = [10, 20, 30, 40]
  println("${List.take(xs, 2)} ${List.take(xs, 10)} ${List.take(xs, 0)} ${List.take(xs, -3)}")
  println("${List.drop(xs, 1)} ${List.drop(xs, 4)} ${List.drop(xs, 9)} ${List.drop(xs, -1)}")
  println("${List.enumerate(["x", "y", "z"])}")
  let numbered = List.map(List.enumerate(["a", "b"]), fn ((i, s)) -> "${i + 1}. ${s}" end)
  println(String.join(numbered, " "))
  let empty :: List<Int> = []
  println("${List.zip(empty, [1])} ${List.enumerate(empty)}")
end
