# Checks: E0039 for deriving(Row) on a struct with a List<String> field (not mappable from a row); reported at the field.
struct User do
  id :: Int
  tags :: List<String>
end deriving(Row)

fn main() do
  let u = User { id: 1, tags: [] }
  println("${u.id}")
end
