# Checks: two sum types of one module declaring the same variant name (E0105).
type Color do
  Red
  Green
end

type Light do
  Red
  Off
end

fn main() do
  println("no")
end
