# Checks: E0028 for deriving(Schema) on a sum type (Schema is only for structs); reported at the derive name.
type Status do
  Active
  Closed
end deriving(Schema)

fn main() do
  let s = Active
  case s do
    Active -> println("a")
    Closed -> println("c")
  end
end
