# Checks: deriving(Row) generates T.from_row(Map<String, String>) for every field type: String as is (untrimmed), Int and Float trimmed, Bool case-insensitive true/t/1/yes and false/f/0/no, Float Infinity/-Infinity/NaN, Option fields None for an absent key or empty text and Some(parsed) otherwise.
struct Rec do
  id :: Int
  score :: Float
  ok :: Bool
  name :: String
  age :: Option<Int>
  nick :: Option<String>
  weight :: Option<Float>
  flag :: Option<Bool>
end deriving(Row)

struct Flag do
  v :: Bool
end deriving(Row)

struct Num do
  f :: Float
end deriving(Row)

fn show(r :: Result<Rec, String>) -> String do
  case r do
    Ok(x) -> "${x.id}|${x.score}|${x.ok}|[${x.name}]|${x.age}|${x.nick}|${x.weight}|${x.flag}"
    Err(e) -> "err: " <> e
  end
end

fn flag(text :: String) -> String do
  case Flag.from_row(%{"v" => text}) do
    Ok(x) -> "${x.v}"
    Err(e) -> e
  end
end

fn num(text :: String) -> String do
  case Num.from_row(%{"f" => text}) do
    Ok(x) -> "${x.f}"
    Err(e) -> e
  end
end

fn main() do
  println(show(Rec.from_row(%{"id" => " 42 ", "score" => "2.5", "ok" => "T", "name" => "  ann ", "age" => "", "nick" => "al", "weight" => "-1.25", "flag" => "no"})))
  println(show(Rec.from_row(%{"id" => "-7", "score" => " 3 ", "ok" => "yes", "name" => ""})))
  println(show(Rec.from_row(%{"name" => "b", "ok" => "0", "score" => "0.5", "id" => "1", "age" => "33", "flag" => "TRUE", "extra" => "ignored"})))
  println(flag("true") <> " " <> flag("t") <> " " <> flag("1") <> " " <> flag("Yes") <> " " <> flag(" TRUE "))
  println(flag("false") <> " " <> flag("F") <> " " <> flag("0") <> " " <> flag("NO") <> " " <> flag("False"))
  println(num("Infinity") <> " " <> num("-Infinity") <> " " <> num("NaN") <> " " <> num("1e3") <> " " <> num("-0.125"))
end
