# Checks: v.to_json() of a deriving(Json) struct yields a Json value whose encoding equals Json.encode(v) and which the Json inspection functions can read.
struct Item do
  id :: Int
  name :: Option<String>
  tags :: List<String>
end deriving(Json)

fn main() do
  let it = Item { id: 4, name: Some("lamp"), tags: ["a"] }
  let j = it.to_json()
  println(Json.kind(j))
  println(Json.encode(j))
  println("${Json.encode(j) == Json.encode(it)}")
  case Json.field(j, "id") do
    Some(v) -> println("${Json.as_int(v)}")
    None -> println("no id")
  end
  case Json.field(j, "name") do
    Some(v) -> println("${Json.as_string(v)}")
    None -> println("no name")
  end
end
