# Checks: E0038 for deriving(Json) on a struct with a Map<Int, String> field (maps need String keys); reported at the field.
struct Index do
  title :: String
  by_id :: Map<Int, String>
end deriving(Json)

fn main() do
  let i = Index { title: "t", by_id: %{1 => "a"} }
  println(i.title)
end
