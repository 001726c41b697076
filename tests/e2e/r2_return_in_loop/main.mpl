# Checks: `return` inside for and while bodies (also nested loops) leaves the whole function with its value; no further iterations run.
fn first_over(xs :: List<Int>, limit :: Int) -> Int do
  for x in xs do
    if x > limit do
      return x
    end
  end
  0 - 1
end

fn find_key(m :: Map<String, Int>, wanted :: Int) -> String do
  for {k, v} in m do
    if v == wanted do
      return k
    end
  end
  "none"
end

fn spin() -> String do
  while true do
    return "left the while"
  end
  "unreachable"
end

fn nested_return() -> (Int, Int) do
  for i in 0..10 do
    for j in 0..10 do
      if i * j == 12 do
        return (i, j)
      end
    end
  end
  (0, 0)
end

fn trace_return(xs :: List<Int>) -> Int do
  for x in xs do
    println("look ${x}")
    if x == 2 do
      return x * 100
    end
  end
  0
end

fn main() do
  println("${first_over([1, 5, 10, 20], 4)} ${first_over([1, 2], 4)}")
  println(find_key(%{"a" => 1, "b" => 2}, 2) <> " " <> find_key(%{"a" => 1}, 9))
  println(spin())
  println("${nested_return()}")
  println("${trace_return([1, 2, 3])}")
end
