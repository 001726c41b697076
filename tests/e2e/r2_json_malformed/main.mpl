# Checks: malformed JSON gives Err with a non-empty reason; top-level scalars, whitespace and null parse; a repeated key keeps the last value; Json.as_int is None for big, fractional and exponent numbers; JSON and Json name one module.
fn shape(text :: String) -> String do
  case Json.parse(text) do
    Ok(j) -> "ok " <> Json.kind(j)
    Err(reason) -> if String.length(reason) > 0 do "err" else "err without reason" end
  end
end

fn main() do
  println(shape("{\"a\": }"))
  println(shape(""))
  println(shape("[1, 2"))
  println(shape("nul"))
  println(shape("{'a': 1}"))
  println(shape("1 2"))
  println(shape("42"))
  println(shape("\"hi\""))
  println(shape("  [ ]  "))
  println(shape("null"))
  println(shape("-1.5e3"))
  case JSON.parse("{\"a\": 1, \"a\": 2}") do
    Ok(j) -> case Json.field(j, "a") do
      Some(v) -> println("a = ${Json.as_int(v)}")
      None -> println("a missing")
    end
    Err(_) -> println("duplicate keys rejected")
  end
  case Json.parse("[1, 99999999999999999999, 1.5, 1e2]") do
    Ok(j) -> println("${List.map(Json.elements(j), Json.as_int)}")
    Err(_) -> println("failed")
  end
end
