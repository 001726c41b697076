# Checks: E0036 for `?` directly inside main, which returns () (reported at the `?` expression).
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad")
  end
end

fn main() do
  let n = parse("4")?
  println("${n}")
end
