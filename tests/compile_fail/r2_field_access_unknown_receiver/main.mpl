# Checks: E0110 for a field access whose receiver type is still unknown at the end of the declaration (language.md §6.5.5; no struct is guessed from the field name).
struct User do
  name :: String
end

fn name_of(r) = r.name

fn main() do
  println("ok")
end
