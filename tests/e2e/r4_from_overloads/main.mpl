# Checks: several `From` impls on one type: `T.from(x)` and the `?` conversion pick the impl by the argument's type (language.md §3.7.2, §4.16).
struct Money do
  cents :: Int
end

impl From<Int> for Money do
  fn from(cents :: Int) -> Money do
    Money { cents: cents }
  end
end

impl From<Float> for Money do
  fn from(amount :: Float) -> Money do
    Money { cents: 250 }
  end
end

impl From<Bool> for Money do
  fn from(flag :: Bool) -> Money do
    if flag do
      Money { cents: 1 }
    else
      Money { cents: 0 }
    end
  end
end

struct AppError do
  reason :: String
end

impl From<String> for AppError do
  fn from(text :: String) -> AppError do
    AppError { reason: "text: " <> text }
  end
end

impl From<Int> for AppError do
  fn from(code :: Int) -> AppError do
    AppError { reason: "code ${code}" }
  end
end

fn parse(s :: String) -> Int!String do
  if s == "" do
    Err("empty")
  else
    Ok(String.length(s))
  end
end

fn lookup(n :: Int) -> Int!Int do
  if n > 3 do
    Err(n)
  else
    Ok(n * 10)
  end
end

fn both(s :: String) -> Int!AppError do
  let n = parse(s)?
  let m = lookup(n)?
  Ok(m + 1)
end

fn show(r :: Int!AppError) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "error ${e.reason}"
  end
end

fn main() do
  println("${Money.from(120).cents}")
  println("${Money.from(2.5).cents}")
  println("${Money.from(true).cents} ${Money.from(false).cents}")
  let amounts = [Money.from(1), Money.from(2)]
  println("${List.length(amounts)}")
  println(show(both("ab")))
  println(show(both("")))
  println(show(both("abcdef")))
end
