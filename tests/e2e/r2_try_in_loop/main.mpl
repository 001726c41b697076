# Checks: `?` inside for and while loop bodies returns from the enclosing function at the first failure; later iterations do not run.
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad " <> s)
  end
end

fn sum_all(xs :: List<String>) -> Result<Int, String> do
  let values = for s in xs do
    println("parsing ${s}")
    parse(s)?
  end
  Ok(List.reduce(values, 0, fn a, b -> a + b end))
end

fn first_some(xs :: List<String>) -> Option<Int> do
  while true do
    let n = String.to_int(List.head(xs))?
    return Some(n)
  end
  None
end

fn main() do
  println("${sum_all(["1", "2", "3"])}")
  println("${sum_all(["1", "oops", "3"])}")
  println("${first_some(["5"])} ${first_some(["five"])}")
end
