# Checks: the early return of `?` has exactly the enclosing function's type (defect K1): Result<List<Point>, String> and Result<Point, String> from a `?` on Result<Int, String>, Option<List<String>> from a `?` on Option<Int>.
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad coordinate '" <> s <> "'")
  end
end

fn parse_point(text :: String) -> Result<Point, String> do
  let parts = String.split(text, ",")
  if List.length(parts) != 2 do
    return Err("expected two parts in '" <> text <> "'")
  end
  let x = parse(List.get(parts, 0))?
  let y = parse(List.get(parts, 1))?
  Ok(Point { x: x, y: y })
end

fn parse_points(items :: List<String>) -> Result<List<Point>, String> do
  if List.length(items) == 0 do
    return Ok([])
  end
  let p = parse_point(List.head(items))?
  let rest = parse_points(List.tail(items))?
  Ok([p] ++ rest)
end

fn take_counted(words :: List<String>) -> Option<List<String>> do
  let n = String.to_int(List.head(words))?
  Some(List.take(List.tail(words), n))
end

fn main() do
  println("${parse_points(["1,2", "3,4"])}")
  println("${parse_points(["1,2", "3,x", "5,6"])}")
  println("${parse_points(["1,2", "7"])}")
  println("${parse_points([])}")
  println("${take_counted(["2", "a", "b", "c"])} ${take_counted(["two", "a"])}")
  case parse_points(["9,9"]) do
    Ok(ps) -> println("first x ${List.head(ps).x}")
    Err(e) -> println(e)
  end
end
