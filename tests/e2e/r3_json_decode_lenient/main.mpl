# Checks: from_json leniency: a JSON float for an Int field is truncated toward zero, a JSON integer is accepted for a Float field, an Option field decodes null or a missing key to None and a value to Some, a Json field holds any value verbatim (re-encoded in document order), and unknown keys are ignored.
struct Reading do
  id :: Int
  value :: Float
  note :: Option<String>
  extra :: Option<Int>
  raw :: Json
end deriving(Json)

fn describe(r :: Result<Reading, String>) -> String do
  case r do
    Ok(x) -> "${x.id} ${Json.encode(x.value)} ${x.note} ${x.extra} ${Json.encode(x.raw)}"
    Err(e) -> "err: " <> e
  end
end

fn main() do
  println(describe(Reading.from_json("""{"id": 3.9, "value": 2, "note": null, "raw": {"b": [1, 2], "a": null}, "unused": 5}""")))
  println(describe(Reading.from_json("""{"unused": {"x": 1}, "id": -2.7, "value": 1.5, "note": "hi", "extra": 4, "raw": "s"}""")))
  println(describe(Reading.from_json("""{"id": 0, "value": -0.5, "extra": null, "raw": [true, false]}""")))
  case Reading.from_json("""{"id": 7, "value": 1, "raw": 12}""") do
    Ok(x) -> println(Json.encode(x))
    Err(e) -> println("err: " <> e)
  end
end
