# Checks: `for` over an `Iter` pulls one item per iteration (language.md §4.14.1, stdlib.md §11): an `Iter.map` closure runs just before the body that uses its item, `break` stops pulling, `continue` and `when` skip items, and the result list holds every kept body value (more than a small initial room).
fn traced(label :: String, xs :: List<Int>) -> Iter<Int> do
  Iter.map(Iter.from(xs), fn(n) do
    println("${label} ${n}")
    n
  end)
end

fn main() do
  let got = for x in traced("map", [1, 2, 3]) do
    println("body ${x}")
    x * 10
  end
  println("${got}")
  let early = for x in traced("pull", [1, 2, 3, 4]) do
    if x == 2 do
      break
    end
    x
  end
  println("${early}")
  let kept = for x in traced("see", [1, 2, 3, 4, 5]) when x != 2 do
    if x == 4 do
      continue
    end
    x
  end
  println("${kept}")
  let many = for x in Iter.from(1..21) do
    x * x
  end
  println("${List.length(many)} ${List.last(many)} ${List.reduce(many, 0, fn acc, x -> acc + x end)}")
  for {i, w} in Iter.enumerate(Iter.from(["a", "b"])) do
    println("${i}=${w}")
  end
  let none = for x in Iter.filter(Iter.from([1, 3]), fn n -> n % 2 == 0 end) do
    x
  end
  println("${none}")
end
