# Checks: Json.get / Json.get_nested on JSON text: strings unquoted, numbers and booleans in JSON spelling, arrays/objects as compact JSON, "" for null, missing keys, non-object documents and invalid JSON.
fn main() do
  let doc = """{"a": "x", "n": 42, "b": true, "z": null, "arr": [1, 2], "o": {"k": "v", "m": {"q": 1}}}"""
  println("[" <> Json.get(doc, "a") <> "]")
  println("[" <> Json.get(doc, "n") <> "] [" <> Json.get(doc, "b") <> "]")
  println("[" <> Json.get(doc, "z") <> "] [" <> Json.get(doc, "missing") <> "]")
  println("[" <> Json.get(doc, "arr") <> "] [" <> Json.get(doc, "o") <> "]")
  println("[" <> Json.get_nested(doc, "o", "k") <> "] [" <> Json.get_nested(doc, "o", "m") <> "] [" <> Json.get_nested(doc, "o", "nope") <> "]")
  println("[" <> Json.get("[1, 2]", "a") <> "] [" <> Json.get("not json", "a") <> "]")
end
