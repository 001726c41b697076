# Checks: `return` inside a closure leaves only the closure; the enclosing function continues with the closure's result.
fn labels(xs :: List<Int>) -> String do
  let ls = List.map(xs, fn x do
    if x < 0 do
      return "neg"
    end
    "pos"
  end)
  String.join(ls, ",") <> " done"
end

fn run() -> Int do
  let f = fn do
    return 1
  end
  let v = f()
  v + 100
end

fn main() do
  println(labels([1, -2, 3]))
  let clamp = fn x do
    if x > 10 do
      return 10
    end
    if x < 0 do
      return 0
    end
    x
  end
  println("${clamp(50)} ${clamp(-4)} ${clamp(7)}")
  println("${run()}")
end
