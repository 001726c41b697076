# Checks: the exact from_row error texts of language §3.6.8: `missing column: <name>` for an absent non-Option column, `cannot parse '<text>' as Int|Float|Bool`, an empty (NULL) text in an Int column, parse failures inside Option fields, and that the first failing field in declaration order is reported.
struct Rec do
  id :: Int
  score :: Float
  ok :: Bool
  name :: String
  age :: Option<Int>
  flag :: Option<Bool>
  weight :: Option<Float>
end deriving(Row)

fn show(r :: Result<Rec, String>) -> String do
  case r do
    Ok(x) -> "ok ${x.id}"
    Err(e) -> e
  end
end

fn main() do
  println(show(Rec.from_row(%{"id" => "1", "score" => "1.5", "ok" => "t", "name" => "n"})))
  println(show(Rec.from_row(%{"score" => "1.5", "ok" => "t", "name" => "n"})))
  println(show(Rec.from_row(%{"id" => "1", "score" => "1.5", "ok" => "t"})))
  println(show(Rec.from_row(%{"id" => "abc", "score" => "1.5", "ok" => "t", "name" => "n"})))
  println(show(Rec.from_row(%{"id" => "4.5", "score" => "1.5", "ok" => "t", "name" => "n"})))
  println(show(Rec.from_row(%{"id" => "", "score" => "1.5", "ok" => "t", "name" => "n"})))
  println(show(Rec.from_row(%{"id" => "1", "score" => "x1", "ok" => "t", "name" => "n"})))
  println(show(Rec.from_row(%{"id" => "1", "score" => "1.5", "ok" => "maybe", "name" => "n"})))
  println(show(Rec.from_row(%{"id" => "1", "score" => "1.5", "ok" => "t", "name" => "n", "age" => "zz"})))
  println(show(Rec.from_row(%{"id" => "1", "score" => "1.5", "ok" => "t", "name" => "n", "flag" => "2"})))
  println(show(Rec.from_row(%{"id" => "1", "score" => "1.5", "ok" => "t", "name" => "n", "weight" => "heavy"})))
  println(show(Rec.from_row(%{"ok" => "bad", "score" => "bad", "id" => "bad", "name" => "n"})))
  println(show(Rec.from_row(%{"id" => "2", "score" => "bad"})))
end
