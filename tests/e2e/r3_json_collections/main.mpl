# Checks: Json.encode of top-level List, Map<String, S> and Option of derived structs; from_json of a struct whose fields are List<S>, Map<String, Int>, Option<List<S>> and a generic struct Page<T> deriving Json instantiated at Int and at a struct.
struct Point do
  x :: Int
  y :: Int
end deriving(Json, Eq, Display)

struct Shape do
  points :: List<Point>
  weights :: Map<String, Int>
  holes :: Option<List<Point>>
end deriving(Json, Eq)

struct Page<T> do
  items :: List<T>
  total :: Int
end deriving(Json)

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = Point { x: -3, y: 0 }
  println(Json.encode([p, q]))
  println(Json.encode(%{"first" => p, "second" => q}))
  let some_p :: Option<Point> = Some(p)
  let no_p :: Option<Point> = None
  println(Json.encode(some_p) <> " " <> Json.encode(no_p))
  let s = Shape { points: [p, q], weights: %{"z" => 26, "a" => 1}, holes: Some([q]) }
  println(Json.encode(s))
  case Shape.from_json("""{"points":[{"x":5,"y":6}],"weights":{"k":3,"j":4},"holes":null}""") do
    Ok(back) -> println("${back.points} ${back.weights} ${back.holes}")
    Err(e) -> println("err: " <> e)
  end
  case Shape.from_json(Json.encode(s)) do
    Ok(back) -> println("${back == s}")
    Err(e) -> println("err: " <> e)
  end
  println(Json.encode(Page { items: [1, 2, 3], total: 3 }))
  println(Json.encode(Page { items: [p], total: 1 }))
end
