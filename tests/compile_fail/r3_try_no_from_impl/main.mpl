# Checks: E0036 for `?` on a Result<Int, String> inside a function returning Result<Int, AppError> when there is no `impl From<String> for AppError`; reported at the `?` expression.
struct AppError do
  reason :: String
end

fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad")
  end
end

fn load(s :: String) -> Result<Int, AppError> do
  let n = parse(s)?
  Ok(n + 1)
end

fn main() do
  case load("1") do
    Ok(n) -> println("${n}")
    Err(e) -> println(e.reason)
  end
end
