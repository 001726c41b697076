# Checks: `?` inside if branches (with and without else) and inside case arms; the early return leaves the whole function, not just the branch.
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("nan:" <> s)
  end
end

fn maybe_check(flag :: Bool, s :: String) -> Result<String, String> do
  if flag do
    parse(s)?
  end
  Ok("passed")
end

fn choose(flag :: Bool, a :: String, b :: String) -> Result<Int, String> do
  let v = if flag do parse(a)? else parse(b)? * 10 end
  Ok(v)
end

fn by_case(kind :: String, s :: String) -> Result<Int, String> do
  let v = case kind do
    "double" -> parse(s)? * 2
    "neg" -> 0 - parse(s)?
    _ -> 0
  end
  Ok(v)
end

fn in_arm_body(o :: Option<String>) -> Result<Int, String> do
  case o do
    Some(s) -> Ok(parse(s)? + 1)
    None -> Ok(0)
  end
end

fn after_branch(s :: String) -> Result<Int, String> do
  if String.length(s) > 3 do
    println("long input")
    let n = parse(s)?
    println("parsed long ${n}")
  end
  println("after if")
  Ok(1)
end

fn main() do
  println("${maybe_check(true, "5")} ${maybe_check(true, "x")} ${maybe_check(false, "x")}")
  println("${choose(true, "1", "2")} ${choose(false, "1", "2")} ${choose(false, "1", "b")}")
  println("${by_case("double", "4")} ${by_case("neg", "4")} ${by_case("double", "w")} ${by_case("other", "w")}")
  println("${in_arm_body(Some("41"))} ${in_arm_body(Some("z"))} ${in_arm_body(None)}")
  println("${after_branch("12345")}")
  println("${after_branch("abcdef")}")
  println("${after_branch("1")}")
end
