# Checks: `?` inside closures returns from the closure (with the closure's own Result or Option type), not from the enclosing function.
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad " <> s)
  end
end

fn convert_all(xs :: List<String>) -> List<Result<Int, String>> do
  List.map(xs, fn s do
    let n = parse(s)?
    Ok(n * 10)
  end)
end

fn run() -> String do
  let f = fn s -> Ok(parse(s)? * 2) end
  let r = f("oops")
  "run finished with ${r}"
end

fn main() do
  println("${convert_all(["1", "x", "3"])}")
  let halve = fn n do
    let v = if n % 2 == 0 do Some(n / 2) else None end
    let h = v?
    Some(h + 1000)
  end
  println("${halve(10)} ${halve(7)}")
  let both = fn a, b -> Ok(parse(a)? + parse(b)?) end
  println("${both("2", "3")} ${both("2", "c")}")
  println(run())
  let firsts = List.map([[1, 2], [], [5]], fn xs do
    let h = List.find(xs, fn _ -> true end)?
    Some(h * 2)
  end)
  println("${firsts}")
end
