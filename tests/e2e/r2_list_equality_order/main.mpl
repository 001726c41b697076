# Checks: == and < on lists (element-wise, lexicographic, a proper prefix is smaller), lists built with List.new/List.append; lists are immutable.
fn build(n :: Int) -> List<Int> do
  if n == 0 do List.new() else List.append(build(n - 1), n) end
end

fn main() do
  println("${build(4)} ${build(0)}")
  println("${build(3) == [1, 2, 3]} ${build(3) == [1, 2]} ${[1, 2] != [2, 1]}")
  println("${[1, 2] < [1, 3]} ${[1, 2] < [1, 2, 0]} ${[2] < [1, 9]} ${["a"] < ["b"]}")
  let a = [1, 2]
  let b = List.append(a, 3)
  println("${a} ${b}")
  println("${[[1], [2]] == [[1], [2]]} ${["x"] == ["x"]}")
end
