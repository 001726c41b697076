# Checks: `?` on a Result<T, String> inside a function returning Result<U, AppError> converts the error with `impl From<String> for AppError` and returns early; the success path continues; same error type needs no conversion.
struct AppError do
  reason :: String
end

impl From<String> for AppError do
  fn from(text :: String) -> AppError do
    AppError { reason: "app: " <> text }
  end
end

fn parse_num(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad number " <> s)
  end
end

fn add_both(a :: String, b :: String) -> Result<Int, AppError> do
  let x = parse_num(a)?
  println("parsed first")
  let y = parse_num(b)?
  Ok(x + y)
end

fn plain(a :: String) -> Result<Int, String> do
  let x = parse_num(a)?
  Ok(x * 10)
end

fn show(r :: Result<Int, AppError>) -> String do
  case r do
    Ok(n) -> "ok ${n}"
    Err(e) -> "err ${e.reason}"
  end
end

fn main() do
  println(show(add_both("2", "40")))
  println(show(add_both("x", "1")))
  println(show(add_both("3", "y")))
  println("${plain("4")} ${plain("q")}")
end
