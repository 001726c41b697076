# Checks: Json.encode of deriving(Json) sum types: `{"tag":"V","fields":[...]}` with `[]` for nullary variants, named fields encoded positionally, a recursive sum type, and sum values inside a struct and a list.
type Severity do
  Fatal
  Notice(String)
  Custom(code :: Int, text :: String)
end deriving(Json)

type Shape do
  Circle(Float)
  Group(List<Shape>)
end deriving(Json)

struct Report do
  level :: Severity
  history :: List<Severity>
  shape :: Option<Shape>
end deriving(Json)

fn main() do
  println(Json.encode(Fatal))
  println(Json.encode(Notice("disk")))
  println(Json.encode(Custom(7, "lint")))
  println(Json.encode(Group([Circle(1.0), Group([]), Circle(2.5)])))
  let r = Report { level: Fatal, history: [Notice("a"), Custom(1, "b")], shape: Some(Circle(0.5)) }
  println(Json.encode(r))
  let sevs = [Fatal, Fatal]
  println(Json.encode(sevs))
end
