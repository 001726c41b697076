# Checks: Json.encode of a parsed value reproduces the document without whitespace (document order); Json.encode of Int, Float (fraction kept), Bool, String (escaping), Option, List and Map (insertion order); encode_string/int/bool/list/map; JSON is the same module.
fn main() do
  case Json.parse("""{ "b": 1, "a": [true, null, "x"], "c": {"z": -3, "y": "w"} }""") do
    Ok(doc) -> println(Json.encode(doc))
    Err(_) -> println("parse failed")
  end
  println(Json.encode(42) <> " " <> Json.encode(-7))
  println(Json.encode(1.0) <> " " <> Json.encode(3.14) <> " " <> Json.encode(0.1 + 0.2) <> " " <> Json.encode(-0.5))
  println(Json.encode(true) <> " " <> Json.encode(false))
  println(Json.encode("he said \"hi\"\n"))
  let some :: Option<Int> = Some(5)
  let none :: Option<Int> = None
  println(Json.encode(some) <> " " <> Json.encode(none))
  println(Json.encode([1, 2, 3]) <> " " <> Json.encode(["a", "b"]) <> " " <> Json.encode([Some("s"), None]))
  println(Json.encode(%{"x" => 1, "a" => 2}))
  println(Json.encode(%{"list" => [1, 2], "empty" => []}))
  let e :: List<Int> = []
  println(Json.encode(e))
  println(Json.encode_string("hello") <> " " <> Json.encode_int(42) <> " " <> Json.encode_bool(false))
  println(Json.encode_list(["p", "q"]) <> " " <> Json.encode_map(%{"k" => "v"}))
  println(JSON.encode([[1], []]))
end
