# Checks: E0106 for a struct field declared without a type (reported at the field).
struct Reading do
  sensor :: String
  value
end

fn main() do
  println("reading")
end
