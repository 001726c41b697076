# Checks: E0036 for `?` inside a function whose declared return type is Int (reported at the `?` expression).
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad")
  end
end

fn double(s :: String) -> Int do
  let n = parse(s)?
  n * 2
end

fn main() do
  println("${double("4")}")
end
