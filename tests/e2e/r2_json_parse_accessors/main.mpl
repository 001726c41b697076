# Checks: Json.parse of a document and the inspection functions Json.kind/field/entries/elements/as_string/as_int/as_float/as_bool (stdlib.md §14.1), including absent members, null members and accessors on the wrong kind.
fn kind_of(o :: Option<Json>) -> String do
  case o do
    Some(j) -> Json.kind(j)
    None -> "absent"
  end
end

fn member(doc :: Json, key :: String) -> Json do
  case Json.field(doc, key) do
    Some(v) -> v
    None -> doc
  end
end

fn report(doc :: Json) do
  println(Json.kind(doc))
  let kinds = List.map(["name", "version", "tags", "ok", "none", "nested", "missing"], fn k -> kind_of(Json.field(doc, k)) end)
  println("${kinds}")
  let keys = List.map(Json.entries(doc), fn ((k, _)) -> k end)
  println("${keys}")
  println("${Json.as_string(member(doc, "name"))} ${Json.as_int(member(doc, "name"))}")
  println("${Json.as_int(member(doc, "version"))} ${Json.as_float(member(doc, "version"))}")
  println("${Json.as_float(member(doc, "ratio"))} ${Json.as_int(member(doc, "ratio"))}")
  println("${Json.as_bool(member(doc, "ok"))} ${Json.as_bool(member(doc, "version"))}")
  println("${Json.as_string(member(doc, "none"))}")
  let tags = Json.elements(member(doc, "tags"))
  println("${List.map(tags, Json.as_string)}")
  println("${List.length(Json.elements(doc))} ${List.length(Json.entries(member(doc, "tags")))}")
  println(kind_of(Json.field(member(doc, "tags"), "x")))
  let inner = List.get(Json.elements(member(member(doc, "nested"), "k")), 1)
  println("${Json.as_string(member(inner, "deep"))}")
end

fn main() do
  let text = """{"name": "mesh", "version": 2, "tags": ["a", "b"], "ok": true, "none": null, "ratio": 2.5, "nested": {"k": [1, {"deep": "yes"}]}}"""
  case Json.parse(text) do
    Ok(doc) -> report(doc)
    Err(_) -> println("unexpected parse error")
  end
end
